using OfficeGovernance.Application.CostImport;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Application;
using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>POST /api/spend-imports?workbookId=&amp;cost=&amp;fileName=</c> (docs/rules.md#spend): imports the FOCUS
/// cost export in the body (CSV, gzip or Parquet, any content type) into the stored workbook's Spend table, for a
/// caller who can read that workbook (anyone else: 404). The workbook is saved once, only over the version read
/// (<c>If-Match</c> with Graph; 409 when it changed meanwhile, nothing written); a rerun with the same export saves
/// nothing. Answers <see cref="SpendImportDocument"/>; 400 names every refused row or cell.
/// </summary>
public sealed class SpendImportHandler(
    WorkbookEndpoint endpoint, IWorkbookSource workbooks, IWorkbookPackage package, GuidSource guids, SpendImportRun spendImport)
{
    /// <summary>Runs the import.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? id = request.Query["workbookId"];
        string? costText = request.Query["cost"];
        var basis = CostBasis.EffectiveCost;
        IReadOnlyList<string> costProblem = !string.IsNullOrEmpty(costText) && !Enum.TryParse(costText, ignoreCase: true, out basis)
            ? [$"cost: '{costText}' is not EffectiveCost or BilledCost."]
            : [];
        if (await endpoint.RefusalAsync(request, id, costProblem, cancellationToken) is { } refused)
        {
            return refused;
        }
        var fileName = string.IsNullOrWhiteSpace(request.Query["fileName"]) ? "export" : Path.GetFileName(request.Query["fileName"].ToString());
        // The body goes to a temporary file: Parquet is read from its end, and the charges are never held in memory.
        await using var export = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await request.Body.CopyToAsync(export, cancellationToken);
        export.Position = 0;
        try
        {
            return await WorkbookEndpoint.AnswerAsync(id!, async () =>
            {
                var trip = await WorkbookRoundTrip.OpenAsync(workbooks, package, id!, id!, cancellationToken);
                var outcome = await spendImport.RunAsync(trip, export, fileName, basis, guids.NewGuid);
                // One save of what the import collected (none for a rerun of the same export), only over the version read.
                await trip.SaveAsync(cancellationToken);
                return TypedResults.Ok(SpendImportDocument.Of(outcome));
            });
        }
        catch (WorkbookConflictException e)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The workbook changed.", e.Message + " Import the export again.");
        }
    }
}
