using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.CostImport;

/// <summary>
/// Imports a FOCUS cost export into a portfolio workbook in memory (docs/rules.md#spend), for the
/// <c>import-spend</c> verb and <c>POST /api/spend-imports</c>: validates the workbook and its CostAllocation table,
/// streams the export into per-day sums, plans the re-import, and writes the Spend rows and the UnallocatedSpend table
/// into the workbook's <see cref="WorkbookRoundTrip"/>, whose edited bytes must read back as a valid portfolio. The
/// caller saves the round trip (one save); nothing is written when any charge is refused or the import changes nothing.
/// </summary>
public sealed class SpendImportRun(IWorkbookPackage package, IFocusExportReader focus)
{
    /// <summary>
    /// Runs the import against the workbook as read by <paramref name="workbook"/>, collecting its writes there (the
    /// Spend rows, the UnallocatedSpend table, the WorkbookId when it has none); the caller saves the round trip.
    /// </summary>
    /// <param name="workbook">The workbook's round trip, as read; nothing is saved here.</param>
    /// <param name="export">The FOCUS export, seekable.</param>
    /// <param name="exportLabel">Its file name, for problems.</param>
    /// <param name="basis">EffectiveCost (default) or BilledCost.</param>
    /// <param name="newWorkbookId">Makes the WorkbookId when the workbook has none and something is written.</param>
    /// <exception cref="WorkbookValidationException">The workbook, its CostAllocation table or the export is invalid, or a charge is in another currency; lists every problem; nothing was written.</exception>
    public async Task<SpendImportOutcome> RunAsync(
        WorkbookRoundTrip workbook, Stream export, string exportLabel, CostBasis basis, Func<Guid> newWorkbookId)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        var tables = workbook.ParseWith(CostImportWorkbook.TableNames);
        var portfolio = workbook.Workbook;
        var aggregator = new CostImportAggregator(CostImportWorkbook.Allocator(tables, portfolio), portfolio.Settings.Currency, exportLabel);
        var unallocated = CostImportWorkbook.Unallocated(tables);
        await focus.ReadAsync(export, basis, aggregator, exportLabel);
        var plan = SpendImportPlanner.Plan(aggregator.Result(), portfolio.Spend, unallocated);
        if (plan.Unchanged)
        {
            return new SpendImportOutcome(plan, null, portfolio.Settings.Currency);
        }
        workbook.ReplaceRows(CostImportWorkbook.SpendRows(plan.Import.Rows), plan.ReplacedRows);
        workbook.ReplaceTables([UnallocatedSpendTable.Build(plan.Unallocated)]);
        workbook.GiveWorkbookId(newWorkbookId);
        // The written rows must read back as a valid portfolio before anyone saves them over the user's file.
        var updated = workbook.Edited();
        package.Parse(updated, workbook.Label);
        return new SpendImportOutcome(plan, updated, portfolio.Settings.Currency);
    }
}
