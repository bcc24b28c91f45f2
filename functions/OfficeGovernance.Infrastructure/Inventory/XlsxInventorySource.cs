using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// Reads the inventory sheet of an XLSX (the sheet named "Consolidated Inventory", else the first sheet) into raw
/// rows with the Open XML SAX reader, after <see cref="XlsxFileGuard"/> has checked the package. Shared and inline
/// strings become text, number and date cells keep their number (dates as OLE Automation serials), error cells are
/// flagged.
/// </summary>
internal static class XlsxInventorySource
{
    /// <summary>The sheet the 2025 OMB workbook keeps its inventory on.</summary>
    public const string InventorySheetName = "Consolidated Inventory";

    /// <summary>The rows of the inventory sheet, numbered by sheet row.</summary>
    /// <exception cref="InventoryFormatException">The file is not a safe, readable .xlsx package.</exception>
    public static IReadOnlyList<InventorySourceRow> Read(byte[] bytes, string fileLabel)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        try
        {
            XlsxFileGuard.Default.Check(stream, fileLabel);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbookPart = document.WorkbookPart ?? throw new FileFormatException("the package has no workbook part");
            var sheet = FindSheet(workbookPart, fileLabel);
            var part = workbookPart.GetPartById(sheet.Id?.Value ?? string.Empty) as WorksheetPart
                ?? throw new FileFormatException($"the sheet '{sheet.Name}' is not a worksheet");
            return ReadRows(part, SharedStringReader.Load(workbookPart.SharedStringTablePart));
        }
        catch (WorkbookValidationException exception)
        {
            throw new InventoryFormatException($"{fileLabel}: {exception.Problems[0].Message}", exception);
        }
        catch (Exception exception) when (UnreadableWorkbook.Is(exception) || exception is ArgumentOutOfRangeException)
        {
            throw new InventoryFormatException($"{fileLabel}: the workbook cannot be read as an inventory ({exception.Message})", exception);
        }
    }

    private static Sheet FindSheet(WorkbookPart workbookPart, string fileLabel)
    {
        var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        return sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), InventorySheetName, StringComparison.OrdinalIgnoreCase))
            ?? sheets.FirstOrDefault()
            ?? throw new InventoryFormatException($"{fileLabel}: the workbook has no sheet; expected an inventory sheet such as '{InventorySheetName}'");
    }

    private static List<InventorySourceRow> ReadRows(WorksheetPart part, IReadOnlyList<string> sharedStrings)
    {
        var rows = new List<InventorySourceRow>();
        var cells = new List<InventoryCell>();
        using var reader = OpenXmlReader.Create(part);
        var row = 0;
        var column = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    row = IntAttribute(reader, "r") ?? row + 1;
                    column = 0;
                    cells.Clear();
                }
                else if (reader.IsEndElement)
                {
                    rows.Add(new InventorySourceRow(row, [.. cells]));
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var reference = Attribute(reader, "r");
                column = reference is null ? column + 1 : CellAddress.ColumnNumber(reference);
                var value = ReadCell(reader, Attribute(reader, "t"), sharedStrings);
                while (cells.Count < column)
                {
                    cells.Add(InventoryCell.Empty);
                }
                cells[column - 1] = value;
            }
        }
        return rows;
    }

    // Reads the cell's children up to its end element; the reader is left on that end element.
    private static InventoryCell ReadCell(OpenXmlReader reader, string? dataType, IReadOnlyList<string> sharedStrings)
    {
        string? raw = null;
        StringBuilder? inline = null;
        var phoneticDepth = 0;
        while (reader.Read() && !(reader.IsEndElement && reader.ElementType == typeof(Cell)))
        {
            var type = reader.ElementType;
            if (type == typeof(PhoneticRun))
            {
                phoneticDepth += reader.IsStartElement ? 1 : -1;
            }
            else if (reader.IsStartElement && type == typeof(XmlCellValue))
            {
                raw = reader.GetText();
            }
            else if (reader.IsStartElement && type == typeof(Text) && phoneticDepth == 0)
            {
                (inline ??= new StringBuilder()).Append(reader.GetText());
            }
        }
        return dataType switch
        {
            "inlineStr" => new InventoryCell(inline?.ToString() ?? string.Empty),
            _ when raw is null => InventoryCell.Empty,
            "s" => new InventoryCell(SharedString(raw, sharedStrings)),
            "str" => new InventoryCell(raw),
            "b" => new InventoryCell(raw.Trim() is "1" or "true" ? "TRUE" : "FALSE"),
            "e" => new InventoryCell(raw, IsError: true),
            "d" => DateCell(raw),
            _ => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? new InventoryCell(raw, number)
                : new InventoryCell(raw),
        };
    }

    private static string SharedString(string raw, IReadOnlyList<string> sharedStrings) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
            ? sharedStrings[index]
            : throw new FileFormatException($"a cell refers to shared string {raw}, which the workbook does not contain");

    private static InventoryCell DateCell(string raw) =>
        DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
            ? new InventoryCell(raw, date.ToOADate())
            : new InventoryCell(raw);

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        var attributes = reader.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].LocalName == name && attributes[i].NamespaceUri.Length == 0)
            {
                return attributes[i].Value;
            }
        }
        return null;
    }

    private static int? IntAttribute(OpenXmlReader reader, string name) =>
        int.TryParse(Attribute(reader, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
