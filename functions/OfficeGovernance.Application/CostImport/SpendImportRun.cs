using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Reviews;
using OfficeGovernance.Infrastructure.CostImport;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.CostImport;

/// <summary>What a cost import does, and the workbook to save.</summary>
/// <param name="Plan">Rows added, replaced and left, the unallocated cost, and whether anything changes.</param>
/// <param name="Updated">The workbook's new bytes; null when <see cref="SpendImportPlan.Unchanged"/> (nothing to save).</param>
/// <param name="Currency">The workbook currency every amount is in.</param>
public sealed record SpendImportOutcome(SpendImportPlan Plan, byte[]? Updated, string Currency);

/// <summary>
/// Imports a FOCUS cost export into a portfolio workbook in memory (PRODUCT.md section 2, Cost import), for the
/// <c>import-spend</c> verb and <c>POST /api/spend-imports</c>: validates the workbook and its CostAllocation table,
/// streams the export into per-day sums, plans the re-import, and writes the Spend rows and the UnallocatedSpend table
/// into a copy of the bytes, which must read back as a valid portfolio. The caller saves the copy (one save); nothing
/// is written when any charge is refused or the import changes nothing.
/// </summary>
public static class SpendImportRun
{
    /// <summary>Runs the import against the workbook's bytes.</summary>
    /// <param name="workbook">The workbook as read; not modified.</param>
    /// <param name="workbookLabel">Its file name, for problems.</param>
    /// <param name="export">The FOCUS export, seekable.</param>
    /// <param name="exportLabel">Its file name, for problems.</param>
    /// <param name="basis">EffectiveCost (default) or BilledCost.</param>
    /// <param name="newWorkbookId">Makes the WorkbookId when the workbook has none and something is written.</param>
    /// <exception cref="WorkbookValidationException">The workbook, its CostAllocation table or the export is invalid, or a charge is in another currency; lists every problem; nothing was written.</exception>
    public static async Task<SpendImportOutcome> RunAsync(
        byte[] workbook, string workbookLabel, Stream export, string exportLabel, CostBasis basis, Func<Guid> newWorkbookId)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        IReadOnlyList<TableData> tables;
        using (var stream = new MemoryStream(workbook, writable: false))
        {
            tables = new WorkbookTableReader().Read(stream, CostImportWorkbook.TableNames, workbookLabel);
        }
        var portfolio = PortfolioParser.Parse(tables);
        var aggregator = new CostImportAggregator(CostImportWorkbook.Allocator(tables, portfolio), portfolio.Settings.Currency, exportLabel);
        var unallocated = CostImportWorkbook.Unallocated(tables);
        await FocusExportReader.ReadAsync(export, basis, aggregator, exportLabel);
        var plan = SpendImportPlanner.Plan(aggregator.Result(), portfolio.Spend, unallocated);
        if (plan.Unchanged)
        {
            return new SpendImportOutcome(plan, null, portfolio.Settings.Currency);
        }
        var updated = new WorkbookTableRowReplacer().Replace(workbook, CostImportWorkbook.SpendRows(plan.Import.Rows), plan.ReplacedRows, workbookLabel);
        updated = new WorkbookTableWriter().ReplaceTables(updated, [UnallocatedSpendTable.Build(plan.Unallocated)], workbookLabel);
        if (portfolio.Settings.WorkbookId is null)
        {
            updated = new WorkbookIdStamp().Write(updated, newWorkbookId(), workbookLabel);
        }
        // The written rows must read back as a valid portfolio before anyone saves them over the user's file.
        PortfolioWorkbookFile.Parse(updated, workbookLabel);
        return new SpendImportOutcome(plan, updated, portfolio.Settings.Currency);
    }
}
