using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Builders;

/// <summary>
/// Builds a <see cref="TableData"/> as a workbook reader would produce it. Row values are plain objects: null is an
/// empty cell, string a text cell, numbers a number cell, bool a boolean cell, DateOnly an Excel date serial, and a
/// <see cref="CellValue"/> is used as is (for error cells).
/// </summary>
public sealed class TableDataBuilder
{
    private readonly List<string> headers = [];
    private readonly List<CellValue[]> rows = [];
    private string name;
    private string sheet;
    private int firstColumn = 1;
    private int headerRow = 1;

    private TableDataBuilder(string name)
    {
        this.name = name;
        sheet = name;
    }

    public static TableDataBuilder Table(string name) => new(name);

    public TableDataBuilder Named(string tableName)
    {
        name = tableName;
        return this;
    }

    public TableDataBuilder OnSheet(string sheetName, int firstColumn = 1, int headerRow = 1)
    {
        sheet = sheetName;
        this.firstColumn = firstColumn;
        this.headerRow = headerRow;
        return this;
    }

    public TableDataBuilder WithHeaders(params string[] names)
    {
        headers.AddRange(names);
        return this;
    }

    public TableDataBuilder WithRow(params object?[] values)
    {
        rows.Add(values.Select(Cell).ToArray());
        return this;
    }

    public TableDataBuilder WithEmptyRow() => WithRow();

    public TableData Build() => new(
        name, sheet, firstColumn, headerRow, headers.ToArray(),
        rows.Select((cells, i) => new TableRow(headerRow + 1 + i, cells)).ToArray());

    public static CellValue Cell(object? value) => value switch
    {
        null => CellValue.Empty,
        CellValue cell => cell,
        string text => CellValue.FromText(text),
        bool flag => CellValue.FromBoolean(flag),
        DateOnly date => CellValue.FromNumber(date.ToDateTime(TimeOnly.MinValue).ToOADate()),
        int number => CellValue.FromNumber(number),
        double number => CellValue.FromNumber(number),
        decimal number => CellValue.FromNumber((double)number),
        _ => throw new ArgumentException($"No cell for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>The table a writer would produce from an output table, header on row 1 from column A.</summary>
    public static TableData From(OutputTable table)
    {
        var builder = Table(table.Name).OnSheet(table.SheetName).WithHeaders(table.Columns.Select(c => c.Header).ToArray());
        foreach (var row in table.Rows)
        {
            builder.rows.Add(row.ToArray());
        }
        return builder.Build();
    }
}
