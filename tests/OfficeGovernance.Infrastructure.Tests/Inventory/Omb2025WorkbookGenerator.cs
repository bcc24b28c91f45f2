using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

/// <summary>
/// Builds the committed 2025 OMB inventory fixture the way the published workbook is shaped: an "About" sheet first,
/// then "Consolidated Inventory" with a title row, long survey-question headers on row 2 (shared strings, with line
/// breaks and doubled spaces), inline-string data, a real Excel date, a bare year, free-text dates, formula error
/// cells (#NAME?), placeholder ids, "a) No" style answers and an empty formatted row.
/// </summary>
public static class Omb2025WorkbookGenerator
{
    public const string File = "omb2025-inventory.xlsx";

    public static readonly string[] Headers =
    [
        "Agency", "Use Case ID\n\n[Agency Abbrev.] \u2013 [#]", "Use Case Name", "Bureau/Component", "Email Address",
        "Stage of Development", "Is the AI use case high-impact?", "Use Case Topic Area", "What problem is the AI intended to solve?",
        "What are the expected benefits and positive outcomes from the AI for an agency's mission and/or the general public?",
        "Describe the AI system\u2019s outputs.", "Date when AI use case became operational or the pilot's start date",
        "Does this AI use case  involve personally  identifiable information (PII)  that is maintained by the  agency?",
    ];

    public static byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(Headers.Select(h => new SharedStringItem(new Text(h) { Space = SpaceProcessingModeValues.Preserve })));
            AddSheet(workbookPart, "About", [new Row(Inline("A1", "About this inventory")) { RowIndex = 1 }]);
            AddSheet(workbookPart, "Consolidated Inventory", InventoryRows());
            workbookPart.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static IEnumerable<Row> InventoryRows()
    {
        yield return new Row(Inline("A1", "2025 Federal Agency AI Use Case Inventory")) { RowIndex = 1 };
        yield return new Row(Headers.Select((_, i) => new Cell(new XmlCellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            CellReference = $"{(char)('A' + i)}2",
            DataType = CellValues.SharedString,
        })) { RowIndex = 2 };
        yield return DataRow(3, "DOE", "DOE-1", "Grid forecasting", "EIA", "ai@doe.gov", "Deployed", "High-impact", "Energy",
            "Forecast load", "Fewer outages", "Forecasts", Number("L3", 45474), "a) No");
        yield return DataRow(4, "DOE", "TBD", "Chat assistant", "OCIO", "", "Pre-deployment", "Not high-impact", "Mission-Enabling",
            "Answer questions", "", "Answers", Number("L4", 2024), "b) Yes");
        yield return DataRow(5, "DOE", "", "Document  triage", "EIA", "", "Pilot", Error("G5"), "", "", "", "", Inline("L5", "Q4FY25"), "");
        yield return DataRow(6, "DOE", "DOE-9", Error("C6"), "EIA", "", "Pilot", "No", "", "", "", "", Inline("L6", ""), "");
        yield return new Row(new Cell { CellReference = "A7", StyleIndex = 0 }) { RowIndex = 7 };
    }

    private static Row DataRow(uint row, params object[] values) =>
        new(values.Select((value, i) => value as Cell ?? Inline($"{(char)('A' + i)}{row}", (string)value))) { RowIndex = row };

    private static Cell Inline(string reference, string text) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };

    private static Cell Number(string reference, double value) =>
        new(new XmlCellValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture))) { CellReference = reference };

    private static Cell Error(string reference) =>
        new(new CellFormula("FORECASTX(B2)"), new XmlCellValue("#NAME?")) { CellReference = reference, DataType = CellValues.Error };

    private static void AddSheet(WorkbookPart workbookPart, string name, IEnumerable<Row> rows)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(rows));
        part.Worksheet.Save();
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)(sheets.Count() + 1), Id = workbookPart.GetIdOfPart(part) });
    }
}
