namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// A system table as the HTTP API sends it for the add-in to write (ADR 0031): its <see cref="SheetLayout"/> and its
/// rows as plain JSON values, one per column: text as a string, a number (money in the workbook currency, dates and
/// times as OLE Automation serials, fractions for percentages) as a number, an empty cell as null.
/// </summary>
/// <param name="Layout">How the sheet looks.</param>
/// <param name="Rows">The data rows, each exactly as wide as the layout's columns.</param>
public sealed record SheetTable(SheetLayout Layout, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The table's layout and rows (enumerates <see cref="OutputTable.Rows"/> once).</summary>
    /// <param name="table">The table.</param>
    /// <param name="currency">The 3-letter code money shows after the amount; null for plain <c>#,##0.00</c>.</param>
    /// <exception cref="ArgumentException">A row is wider than the table, or holds a boolean or an error.</exception>
    public static SheetTable Of(OutputTable table, string? currency)
    {
        ArgumentNullException.ThrowIfNull(table);
        var layout = SheetLayout.Of(table, currency);
        var width = layout.Columns.Count;
        var rows = table.Rows.Select(row =>
        {
            if (row.Count > width)
            {
                throw new ArgumentException($"A row of table {table.Name} has {row.Count} values for {width} columns.", nameof(table));
            }
            return (IReadOnlyList<object?>)Enumerable.Range(0, width).Select(i => i < row.Count ? Plain(table.Name, row[i]) : null).ToArray();
        }).ToArray();
        return new SheetTable(layout, rows);
    }

    private static object? Plain(string table, CellValue value) => value.Kind switch
    {
        CellKind.Empty => null,
        CellKind.Text => value.Text,
        CellKind.Number => value.Number,
        _ => throw new ArgumentException($"Table {table} holds a {value.Kind} value; system tables hold text and numbers only."),
    };
}
