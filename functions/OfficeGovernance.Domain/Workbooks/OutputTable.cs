namespace OfficeGovernance.Domain.Workbooks;

/// <summary>How a written column is formatted in Excel.</summary>
public enum ColumnFormat
{
    /// <summary>Excel's General format.</summary>
    General,
    /// <summary>Text; numbers are not reinterpreted.</summary>
    Text,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A number with two decimals.</summary>
    Number,
    /// <summary>Money in the workbook currency, two decimals with thousands separators.</summary>
    Money,
    /// <summary>A fraction shown as a percentage (1 = 100%).</summary>
    Percent,
    /// <summary>A calendar date (the cell holds an OLE Automation serial), shown yyyy-mm-dd.</summary>
    Date,
    /// <summary>A UTC date and time (OLE Automation serial), shown yyyy-mm-dd hh:mm.</summary>
    DateTime,
    /// <summary>A verdict name, coloured by verdict.</summary>
    Verdict,
    /// <summary>Red, Amber or Green, coloured accordingly.</summary>
    Rag,
    /// <summary>
    /// Long text (reasons, flags, names, notes) wrapped within the column's width, so that
    /// it reads and prints whole.
    /// </summary>
    WrappedText,
    /// <summary>A month: the OLE Automation serial of its first day, shown <c>mmm yyyy</c> (Nov 2026).</summary>
    Month,
}

/// <summary>A column of a table to write.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Format">The column's format.</param>
/// <param name="Width">The column width in characters of the default font; null for the writer's default by format
/// (see <see cref="ColumnWidths"/> for widths fitted to content).</param>
public sealed record OutputColumn(string Header, ColumnFormat Format = ColumnFormat.General, double? Width = null);

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
public sealed record OutputTable(
    string Name, string SheetName, IReadOnlyList<OutputColumn> Columns, IEnumerable<IReadOnlyList<CellValue>> Rows,
    IReadOnlyList<ChartLayout>? Charts = null);
