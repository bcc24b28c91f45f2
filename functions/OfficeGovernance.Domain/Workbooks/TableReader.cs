namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads one input table row by row against its <see cref="TableSchema"/> (docs/rules.md#workbook-contract): headers are
/// resolved once, every cell problem is added to the shared problem list, and a row with any problem is marked
/// invalid so no model is built from it.
/// </summary>
internal sealed partial class TableReader
{
    private readonly int[] columns;
    private readonly List<ValidationProblem> problems;
    private readonly int lastRow;
    private int next;
    private TableRow row = new(0, []);

    private TableReader(TableData table, TableSchema schema, List<ValidationProblem> problems)
    {
        Table = table;
        Schema = schema;
        this.problems = problems;
        columns = BindHeaders();
        lastRow = table.Rows.Count - 1;
        while (lastRow >= 0 && IsEmptyRow(table.Rows[lastRow]))
        {
            lastRow--;
        }
    }

    /// <summary>The table as read.</summary>
    public TableData Table { get; }

    /// <summary>The table's schema.</summary>
    public TableSchema Schema { get; }

    /// <summary>The current table data row, 1-based.</summary>
    public int Row { get; private set; }

    /// <summary>False once a problem was reported for the current row (or a required column is absent).</summary>
    public bool RowValid { get; private set; }

    /// <summary>The reader for a schema's table, or null when the workbook lacks it (a problem if it is required).</summary>
    public static TableReader? Open(
        IReadOnlyDictionary<string, TableData> tables, TableSchema schema, List<ValidationProblem> problems)
    {
        if (tables.TryGetValue(schema.Name, out var table))
        {
            return new TableReader(table, schema, problems);
        }
        if (schema.Required)
        {
            problems.Add(new(schema.Name, null, null, null, $"the workbook has no table named {schema.Name}"));
        }
        return null;
    }

    /// <summary>True when the table has the column (by schema index).</summary>
    public bool Has(int column) => columns[column] >= 0;

    /// <summary>
    /// Moves to the next data row, skipping trailing empty rows and reporting empty rows between data rows.
    /// </summary>
    public bool MoveNext()
    {
        while (next <= lastRow)
        {
            var candidate = Table.Rows[next++];
            if (IsEmptyRow(candidate))
            {
                problems.Add(new(Schema.Name, null, next, Table.Address(candidate.SheetRow, 0), "empty row inside the table"));
                continue;
            }
            row = candidate;
            Row = next;
            RowValid = true;
            return true;
        }
        return false;
    }

    /// <summary>True when the column is absent or its cell in the current row is blank (an error cell is not blank).</summary>
    public bool IsBlank(int column) => columns[column] < 0 || IsBlank(row[columns[column]]);

    /// <summary>Reports a problem with a whole column of the table, such as a missing one.</summary>
    public void ReportColumn(int column, string message) =>
        problems.Add(new(Schema.Name, Schema.Columns[column].Name, null, null, message));

    /// <summary>Reports a problem with a cell of the current row and marks the row invalid.</summary>
    public void Report(int column, string message)
    {
        RowValid = false;
        var index = columns[column];
        var cell = index < 0 ? null : Table.Address(row.SheetRow, index);
        problems.Add(new(Schema.Name, Schema.Columns[column].Name, Row, cell, message));
    }

    private int[] BindHeaders()
    {
        var byHeader = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Table.Headers.Count; i++)
        {
            var header = Table.Headers[i]?.Trim() ?? string.Empty;
            if (header.Length == 0)
            {
                continue;
            }
            if (!byHeader.TryAdd(header, i))
            {
                var first = CellAddress.ColumnLetters(Table.FirstColumn + byHeader[header]);
                problems.Add(new(Schema.Name, header, null, Table.Address(Table.HeaderRow, i),
                    $"the header appears twice (first in column {first})"));
            }
        }
        var bound = new int[Schema.Columns.Count];
        for (var c = 0; c < bound.Length; c++)
        {
            var spec = Schema.Columns[c];
            bound[c] = byHeader.TryGetValue(spec.Name, out var index) ? index : -1;
            if (bound[c] < 0 && spec.Required)
            {
                problems.Add(new(Schema.Name, spec.Name, null, null, "required column is missing"));
            }
        }
        return bound;
    }

    private static bool IsEmptyRow(TableRow candidate)
    {
        // By index: enumerating the cells as IReadOnlyList would allocate an enumerator for every row.
        var cells = candidate.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!IsBlank(cells[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsBlank(CellValue cell) =>
        cell.Kind == CellKind.Empty || (cell.Kind == CellKind.Text && string.IsNullOrWhiteSpace(cell.Text));
}
