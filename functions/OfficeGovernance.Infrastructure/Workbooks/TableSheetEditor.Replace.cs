using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Workbooks;

// Replacing rows inside a table, as Excel's "Delete Table Rows" does: only the table's own columns change, so cells
// beside the table stay where they are.
internal sealed partial class TableSheetEditor
{
    /// <summary>
    /// Replaces the table's data rows at <paramref name="sheetRows"/> with <paramref name="rows"/>: the new rows take
    /// the old ones' places in order, extra new rows are appended below the table, and when there are fewer new rows
    /// the table's rows below the freed places move up (within the table's columns) and the table shrinks.
    /// </summary>
    /// <exception cref="WorkbookValidationException">A row that would move up holds a formula (its references would no longer point where they did), or a cell the appended rows need is not empty; nothing was changed.</exception>
    public void ReplaceRows(IReadOnlyList<int> sheetRows, IReadOnlyList<IReadOnlyList<CellValue>> rows, int[] columns,
        IReadOnlyList<OutputColumn> formats, WorkbookStyleCatalog styles)
    {
        var slots = sheetRows.Order().ToArray();
        var filled = Math.Min(slots.Length, rows.Count);
        var freed = slots[filled..].ToHashSet();
        if (freed.Count > 0)
        {
            var firstFreed = freed.Min();
            var moving = _data.Elements<Row>()
                .Where(r => r.RowIndex?.Value is { } i && i > firstFreed && i <= _range.LastRow && !freed.Contains((int)i))
                .SelectMany(r => r.Elements<Cell>()).FirstOrDefault(c => InTable(c) && c.CellFormula is not null);
            if (moving is not null)
            {
                throw Problem($"cell {moving.CellReference} holds a formula and would move up when the import removes the rows above it; " +
                    "replace the formula by its value (or move the row above the imported rows) and import again");
            }
        }
        for (var i = 0; i < filled; i++)
        {
            var row = RowAt(slots[i]);
            ClearTableCells(row);
            for (var c = 0; c < rows[i].Count; c++)
            {
                if (!rows[i][c].IsEmpty)
                {
                    SetCell(row, columns[c], slots[i], rows[i][c], styles.StyleFor(formats[c].Format, rows[i][c]));
                }
            }
        }
        if (freed.Count > 0)
        {
            Compact(freed);
        }
        AppendRows(rows.Skip(filled).ToArray(), columns, formats, styles);
    }

    // Moves each kept row up over the freed ones, top to bottom, so every target place is already empty.
    private void Compact(HashSet<int> freed)
    {
        var write = freed.Min();
        for (var index = write; index <= _range.LastRow; index++)
        {
            var source = _data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == (uint)index);
            if (freed.Contains(index))
            {
                if (source is not null)
                {
                    ClearTableCells(source);
                }
                continue;
            }
            if (source is not null && index != write)
            {
                var cells = source.Elements<Cell>().Where(InTable).ToArray();
                var target = RowAt(write);
                foreach (var cell in cells)
                {
                    cell.Remove();
                    var column = CellAddress.ColumnNumber(cell.CellReference!.Value!);
                    cell.CellReference = CellAddress.ColumnLetters(column) + write.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var after = target.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value is { } r && CellAddress.ColumnNumber(r) > column);
                    if (after is null)
                    {
                        target.AppendChild(cell);
                    }
                    else
                    {
                        target.InsertBefore(cell, after);
                    }
                }
            }
            write++;
        }
        // A table keeps at least one data row, empty when every row was removed.
        _range = _range with { LastRow = Math.Max(write - 1, _range.FirstRow + 1) };
    }

    private void ClearTableCells(Row row)
    {
        foreach (var cell in row.Elements<Cell>().Where(InTable).ToArray())
        {
            cell.Remove();
        }
    }
}
