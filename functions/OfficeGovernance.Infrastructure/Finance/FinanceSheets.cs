using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// The finance report's data tables as every writer writes them (ADR 0031): the report workbook
/// (<see cref="FinanceWorkbookWriter"/>) and the add-in, which receives them with the JSON report. Each on its own
/// sheet, widths fitted by <see cref="ColumnWidths"/>, money in the report's currency; the as-of month's table has its
/// chart of spend against each cap beside it (docs/rules.md#finance-report).
/// </summary>
public static class FinanceSheets
{
    /// <summary>The tables the add-in inserts, in order: the as-of month, every initiative month, the exceptions; each
    /// prints one page wide with its sheet and the report's as-of date in the footer (<see cref="SheetPrint.SystemSheet"/>).</summary>
    /// <param name="report">The finance model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IReadOnlyList<SheetTable> ForAddin(FinanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Inserted into the portfolio workbook, they print as its system sheets do (the report workbook sets up its own
        // sheets' printing with the report's title in the footer, FinanceWorkbookWriter).
        // The two columns that name a row repeat at the left of every page when a sheet prints wider than one: the
        // initiative's id and name; on the exceptions, the exception and the initiative's id.
        return new[] { FinanceTables.AsOfMonth(report), FinanceTables.InitiativeMonths(report), FinanceTables.Exceptions(report) }
            .Select(t => Fitted(t, report.Currency))
            .Select(t => SheetTable.Of(t with { Print = SheetPrint.SystemSheet(t.SheetName, report.AsOf, t.Columns, 2, t.Charts?.Count ?? 0) }, report.Currency))
            .ToArray();
    }

    /// <summary>The table with its columns' widths fitted to its rows (enumerated once more).</summary>
    internal static OutputTable Fitted(OutputTable table, string currency) =>
        table with { Columns = ColumnWidths.Fit(table.Columns, table.Rows, currency) };
}
