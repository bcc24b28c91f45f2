using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// The cells of one table being collected while its sheet streams past. Data rows are allocated on first use, so a
/// table whose reference reaches far below its data costs one null slot per empty row.
/// </summary>
internal sealed class TableGrid
{
    private readonly CellValue[] _headers;
    private readonly CellValue[]?[] _rows;
    private readonly IReadOnlyList<string> _columnNames;

    /// <summary>Creates the grid of a table definition.</summary>
    /// <param name="name">The table name as defined.</param>
    /// <param name="sheetName">The sheet holding it.</param>
    /// <param name="range">The table's reference, header and totals rows included.</param>
    /// <param name="hasHeaderRow">False when the table hides its header row (headers then come from the column names).</param>
    /// <param name="totalsRowCount">The number of totals rows at the bottom (0 or 1).</param>
    /// <param name="columnNames">The table column names, used where a header cell holds no text.</param>
    public TableGrid(
        string name, string sheetName, CellRange range, bool hasHeaderRow, int totalsRowCount, IReadOnlyList<string> columnNames)
    {
        Name = name;
        SheetName = sheetName;
        Range = range;
        HeaderRow = hasHeaderRow ? range.FirstRow : range.FirstRow - 1;
        FirstDataRow = HeaderRow + 1;
        LastDataRow = range.LastRow - totalsRowCount;
        _headers = new CellValue[range.ColumnCount];
        _rows = new CellValue[]?[Math.Max(0, LastDataRow - FirstDataRow + 1)];
        _columnNames = columnNames;
    }

    /// <summary>The table name as defined in the workbook.</summary>
    public string Name { get; }

    /// <summary>The sheet holding the table.</summary>
    public string SheetName { get; }

    /// <summary>The table's whole reference.</summary>
    public CellRange Range { get; }

    /// <summary>The sheet row of the header (the row above the data when the header row is hidden).</summary>
    public int HeaderRow { get; }

    /// <summary>The first data row on the sheet.</summary>
    public int FirstDataRow { get; }

    /// <summary>The last data row on the sheet (above any totals row).</summary>
    public int LastDataRow { get; }

    /// <summary>Stores a cell that lies in the table's header or data rows; cells elsewhere (totals) are ignored.</summary>
    public void Set(int column, int row, CellValue value)
    {
        var index = column - Range.FirstColumn;
        if (row == HeaderRow)
        {
            _headers[index] = value;
        }
        else if (row >= FirstDataRow && row <= LastDataRow)
        {
            var cells = _rows[row - FirstDataRow] ??= new CellValue[Range.ColumnCount];
            cells[index] = value;
        }
    }

    /// <summary>Forgets every cell stored, as before the sheet was read.</summary>
    public void Clear()
    {
        Array.Clear(_headers);
        Array.Clear(_rows);
    }

    /// <summary>The name of the table column at a sheet column, as problems name it.</summary>
    public string? ColumnNameAt(int sheetColumn)
    {
        var index = sheetColumn - Range.FirstColumn;
        if (index < 0 || index >= _headers.Length)
        {
            return null;
        }
        return _headers[index].Kind == CellKind.Text ? _headers[index].Text!.Trim() : ColumnName(index);
    }

    /// <summary>The collected table.</summary>
    public TableData ToTableData()
    {
        var headers = new string[_headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = _headers[i].Kind == CellKind.Text ? _headers[i].Text! : ColumnName(i);
        }
        var rows = new TableRow[_rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new TableRow(FirstDataRow + i, _rows[i] ?? []);
        }
        return new TableData(Name, SheetName, Range.FirstColumn, HeaderRow, headers, rows);
    }

    // Excel keeps column names equal to the header's displayed text, so they stand in for numeric or blank header cells.
    private string ColumnName(int index) => index < _columnNames.Count ? _columnNames[index] : _headers[index].ToString();
}
