using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Functions.Api.Contract;
using OfficeGovernance.Functions.Http.Handlers;

namespace OfficeGovernance.Functions.Api;

/// <summary>The registration of workbooks for the weekly run (docs/rules.md#weekly-run-through-graph).</summary>
public sealed class WorkbooksApi(WorkbookRegistrationHandler register)
{
    /// <summary><c>POST /api/workbooks</c>: registers a workbook the caller can read (<see cref="WorkbookRegistrationHandler"/>).</summary>
    [ApiOperation("Registers a workbook the caller can read for the weekly run.", Body = typeof(WorkbookRegistrationRequest), Response = typeof(WorkbookRegistrationDocument), Success = [200, 201], Problems = [400, 404])]
    [Function(nameof(RegisterWorkbook))]
    public async Task<IActionResult> RegisterWorkbook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "workbooks")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await register.HandleAsync(request, cancellationToken));
}
