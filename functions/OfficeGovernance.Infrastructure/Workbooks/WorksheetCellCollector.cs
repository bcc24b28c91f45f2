using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Streams one worksheet once with the SAX reader and stores the cells that fall inside the wanted tables, then
/// checks the sheet's merged ranges against them. Positions of rows and cells without an <c>r</c> attribute follow
/// the previous one, as Excel does.
/// </summary>
internal static class WorksheetCellCollector
{
    /// <summary>Fills the grids of the tables on this sheet; problems (merged cells, unreadable values) are added to the list.</summary>
    public static void Collect(
        WorksheetPart part, IReadOnlyList<TableGrid> grids, IReadOnlyList<string> sharedStrings, List<ValidationProblem> problems)
    {
        using var reader = OpenXmlReader.Create(part);
        var row = 0;
        var column = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }
            var type = reader.ElementType;
            if (type == typeof(Row))
            {
                row = RowIndex(reader) ?? row + 1;
                column = 0;
            }
            else if (type == typeof(Cell))
            {
                var (reference, dataType) = CellAttributes(reader);
                if (reference is null)
                {
                    column++;
                }
                else
                {
                    column = CellAddress.ColumnNumber(reference);
                    row = CellAddress.RowNumber(reference);
                }
                var grid = GridAt(grids, column, row);
                if (grid is not null)
                {
                    var value = ReadValue(reader, dataType, sharedStrings, out var error);
                    error ??= CellText.LengthProblem(value);
                    grid.Set(column, row, value);
                    if (error is not null)
                    {
                        problems.Add(CellProblem(grid, column, row, error));
                    }
                }
            }
            else if (type == typeof(MergeCell))
            {
                CheckMerge(reader, grids, problems);
            }
        }
    }

    private static TableGrid? GridAt(IReadOnlyList<TableGrid> grids, int column, int row)
    {
        foreach (var grid in grids)
        {
            if (grid.Range.Contains(column, row))
            {
                return grid;
            }
        }
        return null;
    }

    private static int? RowIndex(OpenXmlReader reader)
    {
        // Indexed, not foreach: this runs for every row and cell, and the collection's enumerator is boxed.
        var attributes = reader.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            if (attribute.LocalName == "r" && attribute.NamespaceUri.Length == 0)
            {
                return int.Parse(attribute.Value ?? string.Empty, NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static (string? Reference, string? DataType) CellAttributes(OpenXmlReader reader)
    {
        string? reference = null;
        string? dataType = null;
        var attributes = reader.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            if (attribute.NamespaceUri.Length != 0)
            {
                continue;
            }
            if (attribute.LocalName == "r")
            {
                reference = attribute.Value;
            }
            else if (attribute.LocalName == "t")
            {
                dataType = attribute.Value;
            }
        }
        return (reference, dataType);
    }

    // Reads the cell's children up to its end element; the reader is left on that end element.
    private static CellValue ReadValue(OpenXmlReader reader, string? dataType, IReadOnlyList<string> sharedStrings, out string? error)
    {
        error = null;
        string? raw = null;
        StringBuilder? inline = null;
        var hasFormula = false;
        var phoneticDepth = 0;
        while (reader.Read() && !(reader.IsEndElement && reader.ElementType == typeof(Cell)))
        {
            var type = reader.ElementType;
            if (type == typeof(PhoneticRun))
            {
                phoneticDepth += reader.IsStartElement ? 1 : -1;
            }
            else if (!reader.IsStartElement)
            {
                continue;
            }
            else if (type == typeof(XmlCellValue))
            {
                raw = reader.GetText();
            }
            else if (type == typeof(CellFormula))
            {
                hasFormula = true;
            }
            else if (type == typeof(Text) && phoneticDepth == 0)
            {
                (inline ??= new StringBuilder()).Append(reader.GetText());
            }
        }
        if (dataType == "inlineStr")
        {
            return inline is null ? CellValue.Empty : CellValue.FromText(inline.ToString());
        }
        if (raw is null)
        {
            error = hasFormula ? "the formula has no saved result; open and save the workbook in Excel" : null;
            return CellValue.Empty;
        }
        return Interpret(raw, dataType, sharedStrings, ref error);
    }

    private static CellValue Interpret(string raw, string? dataType, IReadOnlyList<string> sharedStrings, ref string? error)
    {
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
                return CellValue.FromText(raw);
            case "b":
                return CellValue.FromBoolean(raw.Trim() is "1" or "true");
            case "e":
                return CellValue.FromError(raw);
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
                error = string.IsNullOrWhiteSpace(raw) ? null : $"the number '{raw}' cannot be read";
                return CellValue.Empty;
        }
    }

    private static void CheckMerge(OpenXmlReader reader, IReadOnlyList<TableGrid> grids, List<ValidationProblem> problems)
    {
        var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value;
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
