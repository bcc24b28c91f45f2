namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// How a system sheet looks, defined once in the backend and sent with the data (ADR 0031): the table and its sheet,
/// each column's header, number format, width, wrap and value colours, the table style and the charts beside the
/// table. The CLI's and the weekly run's package writer and the add-in's table writer both write from it, so the
/// Review, PortfolioSummary, DecisionLog and finance tables look the same whoever wrote them
/// (docs/rules.md#workbook-contract).
/// </summary>
/// <param name="TableName">The Excel table's name.</param>
/// <param name="SheetName">The sheet that holds it; the writer replaces that sheet whole.</param>
/// <param name="TableStyle">The built-in table style (header fill and banded rows), such as <c>TableStyleMedium2</c>.</param>
/// <param name="Columns">The columns, left to right from column A.</param>
/// <param name="Charts">The native charts to the right of the table; empty when the sheet has none.</param>
/// <param name="Print">How the sheet prints (page setup, repeated header row, footer); null leaves the application's
/// defaults (docs/rules.md#written-workbooks).</param>
public sealed record SheetLayout(
    string TableName, string SheetName, string TableStyle, IReadOnlyList<ColumnLayout> Columns, IReadOnlyList<ChartLayout> Charts,
    SheetPrint? Print = null)
{
    /// <summary>The table style every system table uses: a blue header row and banded rows.</summary>
    public const string SystemTableStyle = "TableStyleMedium2";

    /// <summary>
    /// The layout of <paramref name="table"/>: number formats from each column's <see cref="ColumnFormat"/>
    /// (<see cref="NumberFormats"/>), widths as <see cref="ColumnWidths.Of"/> settles them, wrap for
    /// <see cref="ColumnFormat.WrappedText"/>, verdict and RAG colours (<see cref="ValueFills"/>), the table's charts and its
    /// print setup.
    /// </summary>
    /// <param name="table">The table; its rows are not read.</param>
    /// <param name="currency">The 3-letter code money shows after the amount; null for plain <c>#,##0.00</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static SheetLayout Of(OutputTable table, string? currency)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = table.Columns.Select(c => new ColumnLayout(
            c.Header, NumberFormats.Of(c.Format, currency), ColumnWidths.Of(c), c.Format == ColumnFormat.WrappedText,
            ValueFills.For(c.Format))).ToArray();
        return new SheetLayout(table.Name, table.SheetName, SystemTableStyle, columns, table.Charts ?? [], table.Print);
    }
}
