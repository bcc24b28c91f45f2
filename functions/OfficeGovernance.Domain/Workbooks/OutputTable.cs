namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// A table to write as a real Excel table (ListObject) on a sheet of its own: the system's tables (Review,
/// PortfolioSummary, DecisionLog) and, for new workbooks, the portfolio's input tables. Text cells are always written
/// as text, never as formulas, whatever they start with.
/// </summary>
/// <param name="Name">The table name.</param>
/// <param name="SheetName">The sheet to hold it.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, each with one value per column; enumerated once, so large tables can stream.</param>
/// <param name="Charts">The native charts beside the table (<see cref="SheetLayout.Charts"/>); null for none.</param>
/// <param name="Print">How the sheet prints (<see cref="SheetLayout.Print"/>); null for the application's defaults.</param>
public sealed record OutputTable(
    string Name, string SheetName, IReadOnlyList<OutputColumn> Columns, IEnumerable<IReadOnlyList<CellValue>> Rows,
    IReadOnlyList<ChartLayout>? Charts = null, SheetPrint? Print = null);
