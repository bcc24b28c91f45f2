using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Functions.Http.Handlers;

namespace OfficeGovernance.Functions.Api;

/// <summary>The registration of workbooks for the weekly run (PRODUCT.md section 5).</summary>
public sealed class WorkbooksApi(WorkbookRegistrationHandler register)
{
    /// <summary><c>POST /api/workbooks</c>: registers a workbook the caller can read (<see cref="WorkbookRegistrationHandler"/>).</summary>
    [Function(nameof(RegisterWorkbook))]
    public async Task<IActionResult> RegisterWorkbook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "workbooks")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await register.HandleAsync(request, cancellationToken));
}
