using System.Globalization;
using System.Text;
using System.Xml;
using OfficeGovernance.Domain.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Streams one worksheet part once with <see cref="XmlReader"/> (the SDK resolves the part; the cells are read at the
/// speed of the XML, docs/rules.md#performance) and stores the cells that fall inside the wanted tables, then checks the
/// sheet's merged ranges against them. Positions of rows and cells without an <c>r</c> attribute follow the previous
/// one, as Excel does.
/// </summary>
internal static class WorksheetCellCollector
{
    /// <summary>Fills the grids of the tables on this sheet; problems (merged cells, unreadable values) are added to the list.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML or holds a DTD.</exception>
    /// <exception cref="FormatException">A row or cell position is not a number or an A1 reference; or, in a
    /// <paramref name="continuation"/>, the first row has no position.</exception>
    /// <param name="part">The worksheet part's stream; closed when done.</param>
    /// <param name="grids">The grids of the wanted tables on this sheet.</param>
    /// <param name="sharedStrings">The shared string table.</param>
    /// <param name="xml">The reader settings and names; one per thread.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="continuation">True for a piece of the sheet after its first (<see cref="WorksheetPieces"/>): the
    /// part's start up to the <c>sheetData</c> element is the sheet's own, already read, and the first row must say
    /// its position, since no earlier row is there to follow.</param>
    /// <returns>The lowest and highest sheet rows seen; (0, 0) when there were none.</returns>
    public static (int First, int Last) Collect(
        Stream part, IReadOnlyList<TableGrid> grids, IReadOnlyList<string> sharedStrings, SpreadsheetXml xml,
        List<ValidationProblem> problems, bool continuation = false)
    {
        using var reader = xml.Open(part);
        if (continuation && !reader.ReadToFollowing(xml.SheetData, xml.Main))
        {
            throw new FormatException("a piece of the sheet has no sheetData element");
        }
        var row = 0;
        var column = 0;
        var first = int.MaxValue;
        var last = 0;
        var sawRow = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !ReferenceEquals(reader.NamespaceURI, xml.Main))
            {
                continue;
            }
            var name = reader.LocalName;
            if (ReferenceEquals(name, xml.Row))
            {
                var position = xml.Values.TryAttribute(reader, xml.Position, out var r) ? RowIndex(r) : (int?)null;
                if (position is null && continuation && !sawRow)
                {
                    throw new FormatException("the first row of a piece of the sheet has no position");
                }
                row = position ?? row + 1;
                sawRow = true;
                column = 0;
                first = Math.Min(first, row);
                last = Math.Max(last, row);
            }
            else if (ReferenceEquals(name, xml.Cell))
            {
                if (xml.Values.TryAttribute(reader, xml.Position, out var reference))
                {
                    column = CellAddress.ColumnNumber(reference);
                    row = CellAddress.RowNumber(reference);
                    first = Math.Min(first, row);
                    last = Math.Max(last, row);
                }
                else
                {
                    column++;
                }
                var grid = GridAt(grids, column, row);
                if (grid is not null)
                {
                    var dataType = xml.Values.TryAttribute(reader, xml.DataType, out var type) ? DataType(type) : null;
                    var value = ReadValue(reader, xml, dataType, sharedStrings, out var error);
                    error ??= CellText.LengthProblem(value);
                    grid.Set(column, row, value);
                    if (error is not null)
                    {
                        problems.Add(CellProblem(grid, column, row, error));
                    }
                }
            }
            else if (ReferenceEquals(name, xml.MergeCell))
            {
                CheckMerge(reader.GetAttribute("ref"), grids, problems);
            }
        }
        return last == 0 ? (0, 0) : (first, last);
    }

    private static TableGrid? GridAt(IReadOnlyList<TableGrid> grids, int column, int row)
    {
        for (var i = 0; i < grids.Count; i++)
        {
            if (grids[i].Range.Contains(column, row))
            {
                return grids[i];
            }
        }
        return null;
    }

    private static int RowIndex(ReadOnlySpan<char> value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is > 0 and <= CellRange.MaxRow
            ? row
            : throw new FormatException($"a row of the sheet has the position r=\"{value}\", which is not a row number");

    // The data types Interpret tells apart, as constants; any other (n, or an unknown one) reads as a number, as before.
    private static string? DataType(ReadOnlySpan<char> type) => type switch
    {
        "s" => "s",
        "str" => "str",
        "inlineStr" => "inlineStr",
        "b" => "b",
        "e" => "e",
        "d" => "d",
        _ => null,
    };

    // Reads the cell's children; the reader is left on the cell's end element (or on the empty cell element).
    private static CellValue ReadValue(
        XmlReader reader, SpreadsheetXml xml, string? dataType, IReadOnlyList<string> sharedStrings, out string? error)
    {
        error = null;
        CellValue? read = null;
        StringBuilder? inline = null;
        var hasFormula = false;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (xml.IsElement(reader, xml.Value))
                {
                    // Interpreted at once: the span is the buffer's, valid only until the next value is read.
                    read = Interpret(xml.Values.ElementText(reader), dataType, sharedStrings, out error);
                    if (!reader.Read())
                    {
                        throw new XmlException("the sheet ends inside a cell");
                    }
                    continue;
                }
                if (xml.IsElement(reader, xml.Phonetic))
                {
                    reader.Skip();
                    continue;
                }
                if (xml.IsElement(reader, xml.Text))
                {
                    (inline ??= new StringBuilder()).Append(reader.ReadElementContentAsString());
                    continue;
                }
                hasFormula |= xml.IsElement(reader, xml.Formula);
                if (!reader.Read())
                {
                    throw new XmlException("the sheet ends inside a cell");
                }
            }
        }
        if (dataType == "inlineStr")
        {
            // A v beside the inline string is ignored, as Excel ignores it.
            error = null;
            return inline is null ? CellValue.Empty : CellValue.FromText(inline.ToString());
        }
        if (read is null)
        {
            error = hasFormula ? "the formula has no saved result; open and save the workbook in Excel" : null;
            return CellValue.Empty;
        }
        return read.Value;
    }

    private static CellValue Interpret(ReadOnlySpan<char> raw, string? dataType, IReadOnlyList<string> sharedStrings, out string? error)
    {
        error = null;
        switch (dataType)
        {
            case "s":
                if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count)
                {
                    return CellValue.FromText(sharedStrings[index]);
                }
                error = $"the cell refers to shared string {raw}, which the workbook does not contain";
                return CellValue.Empty;
            case "str":
                return CellValue.FromText(raw.ToString());
            case "b":
                return CellValue.FromBoolean(raw.Trim() is "1" or "true");
            case "e":
                return CellValue.FromError(raw.ToString());
            case "d":
                if (DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
                {
                    return CellValue.FromNumber(date.ToOADate());
                }
                error = $"the date '{raw}' is not an ISO 8601 date";
                return CellValue.Empty;
            default:
                if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return CellValue.FromNumber(number);
                }
                error = raw.IsWhiteSpace() ? null : $"the number '{raw}' cannot be read";
                return CellValue.Empty;
        }
    }

    private static void CheckMerge(string? reference, IReadOnlyList<TableGrid> grids, List<ValidationProblem> problems)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return;
        }
        var merged = CellRange.Parse(reference);
        foreach (var grid in grids.Where(g => g.Range.Intersects(merged)))
        {
            problems.Add(CellProblem(grid, merged.FirstColumn, merged.FirstRow, $"merged cells {merged} inside table {grid.Name}; unmerge them"));
        }
    }

    private static ValidationProblem CellProblem(TableGrid grid, int column, int row, string message)
    {
        int? dataRow = row >= grid.FirstDataRow ? row - grid.HeaderRow : null;
        return new ValidationProblem(grid.Name, grid.ColumnNameAt(column), dataRow, CellAddress.Format(grid.SheetName, column, row), message);
    }
}
