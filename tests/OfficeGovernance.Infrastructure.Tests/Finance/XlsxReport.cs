using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeGovernance.Infrastructure.Tests.Finance;

/// <summary>Reads a written report back with the Open XML SDK: sheets by name, cells by reference.</summary>
internal sealed class XlsxReport : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public XlsxReport(string path)
    {
        _document = SpreadsheetDocument.Open(path, false);
    }

    public WorkbookPart WorkbookPart => _document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames =>
        WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();

    public WorksheetPart Sheet(string name) =>
        (WorksheetPart)WorkbookPart.GetPartById(WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

    public Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Worksheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    public string Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference) ?? throw new InvalidOperationException($"{sheet}!{reference} is empty");
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var index = int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
            return WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText;
        }
        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;
    }

    public double Number(string sheet, string reference) =>
        double.Parse(Cell(sheet, reference)!.CellValue!.Text, CultureInfo.InvariantCulture);

    /// <summary>The values of one column below the header, as numbers (blank cells skipped).</summary>
    public IReadOnlyList<double> Column(string sheet, string letter) =>
        Sheet(sheet).Worksheet.Descendants<Cell>()
            .Where(c => c.CellReference!.Value!.StartsWith(letter, StringComparison.Ordinal)
                        && char.IsDigit(c.CellReference.Value[letter.Length]) && c.CellReference.Value != letter + "1")
            .Select(c => double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)).ToArray();

    public string NumberFormatOf(Cell cell)
    {
        var styles = WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var id = format.NumberFormatId!.Value;
        return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(n => n.NumberFormatId! == id)?.FormatCode?.Value
               ?? $"builtin {id}";
    }

    public void Dispose() => _document.Dispose();
}
