using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Functions.Http.Handlers;

namespace OfficeGovernance.Functions.Api;

/// <summary>The FOCUS cost import endpoint of PRODUCT.md section 5.</summary>
public sealed class SpendImportsApi(SpendImportHandler import)
{
    /// <summary><c>POST /api/spend-imports</c>: a FOCUS cost export as the body, into the stored workbook's Spend (<see cref="SpendImportHandler"/>).</summary>
    [Function(nameof(SpendImports))]
    public async Task<IActionResult> SpendImports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "spend-imports")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await import.HandleAsync(request, cancellationToken));
}
