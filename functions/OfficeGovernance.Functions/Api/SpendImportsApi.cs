using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Functions.Api.Contract;
using OfficeGovernance.Functions.Http.Handlers;

namespace OfficeGovernance.Functions.Api;

/// <summary>The FOCUS cost import endpoint (docs/rules.md#cost-import).</summary>
public sealed class SpendImportsApi(SpendImportHandler import)
{
    /// <summary><c>POST /api/spend-imports</c>: a FOCUS cost export as the body, into the stored workbook's Spend (<see cref="SpendImportHandler"/>).</summary>
    [ApiOperation("Imports a FOCUS cost export (the body: CSV, gzip or Parquet) into the stored workbook's Spend and saves it once over the version read.", FileBody = ["text/csv", "application/gzip", "application/vnd.apache.parquet", "application/octet-stream"], Query = ["workbookId", "cost?", "fileName?"], Response = typeof(SpendImportDocument), Problems = [400, 404, 409])]
    [Function(nameof(SpendImports))]
    public async Task<IActionResult> SpendImports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "spend-imports")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await import.HandleAsync(request, cancellationToken));
}
