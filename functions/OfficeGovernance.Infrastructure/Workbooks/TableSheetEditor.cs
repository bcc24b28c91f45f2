using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Edits one table's sheet as a DOM (tables that receive appended rows are user-sized, not benchmark-sized): finds
/// header columns, widens the table, appends rows, and keeps the table's reference and filter in step.
/// </summary>
internal sealed partial class TableSheetEditor
{
    private readonly WorkbookTable _table;
    private readonly WorksheetPart _part;
    private readonly SheetData _data;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly List<string> _headers;
    private CellRange _range;

    public TableSheetEditor(WorkbookPart workbookPart, WorkbookTable table)
    {
        _table = table;
        _part = table.Part;
        _data = _part.Worksheet.GetFirstChild<SheetData>() ?? _part.Worksheet.AppendChild(new SheetData());
        _sharedStrings = SharedStringReader.Load(workbookPart.SharedStringTablePart, new SpreadsheetXml());
        _range = CellRange.Parse(table.Definition.Reference?.Value ?? throw new FormatException($"table {table.Name} has no reference"));
        _headers = table.Definition.TableColumns?.Elements<TableColumn>().Select(c => c.Name?.Value?.Trim() ?? string.Empty).ToList() ?? [];
    }

    /// <summary>The sheet column of a header, adding the column at the table's right edge when it is missing.</summary>
    /// <exception cref="WorkbookValidationException">The column right of the table is not empty.</exception>
    public int ColumnFor(string header)
    {
        var index = _headers.FindIndex(h => string.Equals(h, header.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            return _range.FirstColumn + index;
        }
        var column = _range.LastColumn + 1;
        var occupied = _data.Elements<Row>().SelectMany(r => r.Elements<Cell>())
            .FirstOrDefault(c => c.CellReference?.Value is { } r && CellAddress.ColumnNumber(r) == column
                && CellAddress.RowNumber(r) >= _range.FirstRow && CellAddress.RowNumber(r) <= _range.LastRow && HasValue(c));
        if (occupied is not null)
        {
            throw Problem($"cannot add the column {header}: cell {occupied.CellReference} right of the table is not empty");
        }
        var columns = _table.Definition.TableColumns!;
        var id = columns.Elements<TableColumn>().Select(c => c.Id?.Value ?? 0).Append(0u).Max() + 1;
        columns.Append(new TableColumn { Id = id, Name = header });
        columns.Count = (uint)columns.ChildElements.Count;
        _headers.Add(header);
        _range = _range with { LastColumn = column };
        SetCell(RowAt(_range.FirstRow), column, _range.FirstRow, CellValue.FromText(header), 0);
        return column;
    }

    /// <summary>Writes the rows below the table's last row and extends the table over them.</summary>
    /// <exception cref="WorkbookValidationException">A cell the new rows need is not empty.</exception>
    public void AppendRows(IReadOnlyList<IReadOnlyList<CellValue>> rows, int[] columns, IReadOnlyList<OutputColumn> formats, WorkbookStyleCatalog styles)
    {
        var firstNew = LastUsedRow() + 1;
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNumber = firstNew + i;
            var row = RowAt(rowNumber);
            if (row.Elements<Cell>().FirstOrDefault(c => InTable(c) && HasValue(c)) is { } taken)
            {
                throw Problem($"cannot append below the table: cell {taken.CellReference} is not empty");
            }
            for (var c = 0; c < rows[i].Count; c++)
            {
                if (!rows[i][c].IsEmpty)
                {
                    SetCell(row, columns[c], rowNumber, rows[i][c], styles.StyleFor(formats[c].Format, rows[i][c]));
                }
            }
        }
        _range = _range with { LastRow = Math.Max(_range.LastRow, firstNew + rows.Count - 1) };
        var reference = _range.ToString();
        _table.Definition.Reference = reference;
        if (_table.Definition.AutoFilter is { } filter)
        {
            filter.Reference = reference;
        }
        _table.TablePart.Table.Save();
        _part.Worksheet.Save();
        styles.Save();
    }

    /// <summary>
    /// Replaces the value of one cell of a data row (1-based, below the header), keeping the cell's own style, or the
    /// column's format when the cell was missing. Call <see cref="Save"/> afterwards.
    /// </summary>
    /// <exception cref="WorkbookValidationException">The row is outside the table.</exception>
    public void SetValue(int dataRow, int column, CellValue value, ColumnFormat format, WorkbookStyleCatalog styles)
    {
        var rowNumber = _range.FirstRow + dataRow;
        if (dataRow < 1 || rowNumber > _range.LastRow)
        {
            throw Problem($"data row {dataRow} is outside the table");
        }
        var row = RowAt(rowNumber);
        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value is { } r && CellAddress.ColumnNumber(r) == column);
        SetCell(row, column, rowNumber, value, existing?.StyleIndex?.Value ?? styles.StyleFor(format, value));
    }

    /// <summary>Saves the sheet, the table definition and the styles after <see cref="SetValue"/> or <see cref="ColumnFor"/>.</summary>
    public void Save(WorkbookStyleCatalog styles)
    {
        _table.TablePart.Table.Save();
        _part.Worksheet.Save();
        styles.Save();
    }

    // The last row holding a value inside the table's columns; rows Excel keeps empty at the bottom are reused.
    private int LastUsedRow() => _data.Elements<Row>()
        .Where(r => r.RowIndex?.Value is { } index && index > _range.FirstRow && index <= _range.LastRow && r.Elements<Cell>().Any(c => InTable(c) && HasValue(c)))
        .Select(r => (int)r.RowIndex!.Value).Append(_range.FirstRow).Max();

    private bool InTable(Cell cell) => cell.CellReference?.Value is { } r
        && CellAddress.ColumnNumber(r) >= _range.FirstColumn && CellAddress.ColumnNumber(r) <= _range.LastColumn;

    private bool HasValue(Cell cell) =>
        cell.CellFormula is not null || cell.InlineString is not null
        || (cell.CellValue?.Text is { Length: > 0 } text && !(cell.DataType?.Value == CellValues.SharedString
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Count && string.IsNullOrWhiteSpace(_sharedStrings[i])));

    private Row RowAt(int rowNumber)
    {
        var after = _data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value >= (uint)rowNumber);
        if (after?.RowIndex?.Value == (uint)rowNumber)
        {
            return after;
        }
        var row = new Row { RowIndex = (uint)rowNumber };
        return after is null ? _data.AppendChild(row) : _data.InsertBefore(row, after);
    }

    private static void SetCell(Row row, int column, int rowNumber, CellValue value, uint style)
    {
        var reference = CellAddress.ColumnLetters(column) + rowNumber.ToString(CultureInfo.InvariantCulture);
        var cell = new Cell { CellReference = reference };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }
        switch (value.Kind)
        {
            case CellKind.Number:
                cell.CellValue = new XmlCellValue(value.Number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case CellKind.Boolean:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new XmlCellValue(value.Number != 0 ? "1" : "0");
                break;
            default:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(CellText.XmlSafe(value.ToString())) { Space = SpaceProcessingModeValues.Preserve });
                break;
        }
        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value is { } r && CellAddress.ColumnNumber(r) >= column);
        if (existing?.CellReference?.Value is { } at && CellAddress.ColumnNumber(at) == column)
        {
            row.ReplaceChild(cell, existing);
        }
        else if (existing is null)
        {
            row.AppendChild(cell);
        }
        else
        {
            row.InsertBefore(cell, existing);
        }
    }

    private WorkbookValidationException Problem(string message) =>
        new([new ValidationProblem(_table.Name, null, null, null, message)]);
}
