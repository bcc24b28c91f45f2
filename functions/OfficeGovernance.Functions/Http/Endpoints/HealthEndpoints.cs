using Microsoft.AspNetCore.Http.HttpResults;

namespace OfficeGovernance.Functions.Http.Endpoints;

/// <summary>The health answer.</summary>
/// <param name="Status">Always "ok" when the process serves requests.</param>
/// <param name="Time">The server's current time, UTC.</param>
public sealed record HealthDocument(string Status, DateTimeOffset Time);

/// <summary><c>GET /api/health</c>, anonymous: the process is up and serving.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the health endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", (TimeProvider time) => Health(time)).AllowAnonymous().WithName("Health");
        return app;
    }

    private static Ok<HealthDocument> Health(TimeProvider time) => TypedResults.Ok(new HealthDocument("ok", time.GetUtcNow()));
}
