using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Functions.Api.Contract;
using OfficeGovernance.Functions.Http.Handlers;

namespace OfficeGovernance.Functions.Api;

/// <summary>The two endpoints that answer without a token: health and the OpenAPI document (docs/rules.md#http-api-contract).</summary>
public sealed class HealthApi(TimeProvider time)
{
    /// <summary><c>GET /api/health</c>: "ok" and the server's time (UTC).</summary>
    [AllowAnonymous]
    [ApiOperation("The service is up: ok and the server time (UTC).", Response = typeof(HealthDocument))]
    [Function(nameof(Health))]
    public IActionResult Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new ResultAction(TypedResults.Ok(new HealthDocument("ok", time.GetUtcNow())));

    /// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3.1 document of every HTTP function (<see cref="OpenApiDocument"/>).</summary>
    [AllowAnonymous]
    [ApiOperation("This OpenAPI 3.1 document.")]
    [Function(nameof(OpenApi))]
    public IActionResult OpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new ResultAction(TypedResults.Text(OpenApiDocument.Json, "application/json"));
}
