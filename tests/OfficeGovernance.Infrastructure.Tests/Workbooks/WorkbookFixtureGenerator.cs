using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

/// <summary>
/// Builds the committed fixture workbooks with the Open XML DOM, shaped the way Excel writes them: shared strings
/// (one with rich-text runs), a stylesheet with a custom date format, booleans, cached formula results, an error
/// cell, a cell without an r attribute, a totals row, a user sheet with its own table, a user column and a defined name.
/// </summary>
public static class WorkbookFixtureGenerator
{
    public const string ExcelStyleFile = "excel-style.xlsx";
    public const string MergedCellsFile = "merged-cells.xlsx";

    private static readonly string[] SharedStrings =
    [
        "Portfolio register", "InitiativeId", "Name", "LaunchDate", "HumanApproval", "Status", "Budget", "MyNotes",
        "INI-1", "<rich>", " padded ", "outside", "keep me", "Date", "Amount", "Total", "Note", "Author",
        "Remember the drill", "cto@example.com",
    ];

    public static byte[] ExcelStyle()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            AddStyles(workbookPart);
            AddSharedStrings(workbookPart);
            AddSheet(workbookPart, "Portfolio", PortfolioRows(), "B3:H6", "Initiatives", 1,
                ["InitiativeId", "Name", "LaunchDate", "HumanApproval", "Status", "Budget", "MyNotes"], totalsRow: false);
            AddSheet(workbookPart, "Money", SpendRows(), "A1:B4", "Spend", 2, ["Date", "Amount"], totalsRow: true);
            AddSheet(workbookPart, "Notes", NoteRows(), "A1:B2", "UserNotes", 3, ["Note", "Author"], totalsRow: false);
            workbookPart.Workbook.Append(new DefinedNames(new DefinedName("Portfolio!$A$1") { Name = "RegisterTitle" }));
            workbookPart.Workbook.Save();
        }
        return memory.ToArray();
    }

    public static byte[] MergedCells()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var rows = new[]
            {
                new Row(Inline("A1", "InitiativeId"), Inline("B1", "Name"), Inline("C1", "Stage"), Inline("E1", "Merged title")) { RowIndex = 1 },
                new Row(Inline("A2", "INI-1"), Inline("B2", "Claims"), Inline("C2", "Pilot")) { RowIndex = 2 },
                new Row(Inline("A3", "INI-2 and INI-3")) { RowIndex = 3 },
                new Row(Inline("A4", "INI-4"), Inline("B4", "Billing"), Inline("C4", "Idea")) { RowIndex = 4 },
            };
            var part = AddSheet(workbookPart, "Data", rows, "A1:C4", "Initiatives", 1, ["InitiativeId", "Name", "Stage"], totalsRow: false);
            var worksheet = part.Worksheet;
            worksheet.InsertAfter(
                new MergeCells(new MergeCell { Reference = "A3:B3" }, new MergeCell { Reference = "E1:F1" }) { Count = 2 },
                worksheet.GetFirstChild<SheetData>());
            worksheet.Save();
            workbookPart.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static IEnumerable<Row> PortfolioRows()
    {
        yield return new Row(Shared("A1", 0)) { RowIndex = 1 };
        yield return new Row(Enumerable.Range(0, 7).Select(i => Shared($"{(char)('B' + i)}3", i + 1))) { RowIndex = 3 };
        yield return new Row(
            Shared("B4", 8),
            Shared("C4", 9),
            new Cell(new XmlCellValue("45366")) { CellReference = "D4", StyleIndex = 1 },
            new Cell(new XmlCellValue("1")) { CellReference = "E4", DataType = CellValues.Boolean },
            new Cell(new CellFormula("IF(E4,\"Active\",\"Paused\")"), new XmlCellValue("Active")) { CellReference = "F4", DataType = CellValues.String },
            new Cell(new XmlCellValue("1234.5")) { CellReference = "G4", StyleIndex = 2 },
            Shared("H4", 12),
            Shared("I4", 11)) { RowIndex = 4 };
        // Cells without r follow the previous cell, as some writers (not Excel) emit them.
        yield return new Row(
            Inline("B5", "INI-2"),
            new Cell(new XmlCellValue("10")) { DataType = CellValues.SharedString },
            new Cell(new XmlCellValue("0")) { CellReference = "E5", DataType = CellValues.Boolean },
            new Cell(new CellFormula("NA()"), new XmlCellValue("#N/A")) { CellReference = "F5", DataType = CellValues.Error },
            new Cell(new XmlCellValue("0"))) { RowIndex = 5 };
    }

    private static IEnumerable<Row> SpendRows()
    {
        yield return new Row(Shared("A1", 13), Shared("B1", 14)) { RowIndex = 1 };
        yield return new Row(new Cell(new XmlCellValue("45370")) { CellReference = "A2", StyleIndex = 1 }, new Cell(new XmlCellValue("100")) { CellReference = "B2", StyleIndex = 2 }) { RowIndex = 2 };
        yield return new Row(new Cell(new XmlCellValue("45371")) { CellReference = "A3", StyleIndex = 1 }, new Cell(new XmlCellValue("250.25")) { CellReference = "B3", StyleIndex = 2 }) { RowIndex = 3 };
        yield return new Row(Shared("A4", 15), new Cell(new CellFormula("SUBTOTAL(109,Spend[Amount])"), new XmlCellValue("350.25")) { CellReference = "B4", StyleIndex = 2 }) { RowIndex = 4 };
    }

    private static IEnumerable<Row> NoteRows()
    {
        yield return new Row(Shared("A1", 16), Shared("B1", 17)) { RowIndex = 1 };
        yield return new Row(Shared("A2", 18), Shared("B2", 19)) { RowIndex = 2 };
    }

    private static Cell Shared(string reference, int index) =>
        new(new XmlCellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.SharedString };

    private static Cell Inline(string reference, string text) =>
        new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };

    private static WorksheetPart AddSheet(
        WorkbookPart workbookPart, string name, IEnumerable<Row> rows, string reference, string tableName, uint id,
        string[] columns, bool totalsRow)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(rows));
        var tablePart = part.AddNewPart<TableDefinitionPart>();
        var tableColumns = new TableColumns(columns.Select((c, i) => new TableColumn { Id = (uint)(i + 1), Name = c })) { Count = (uint)columns.Length };
        if (totalsRow)
        {
            var first = (TableColumn)tableColumns.ChildElements[0];
            first.TotalsRowLabel = "Total";
            var last = (TableColumn)tableColumns.ChildElements[^1];
            last.TotalsRowFunction = TotalsRowFunctionValues.Sum;
        }
        var filterReference = totalsRow ? reference[..^1] + (int.Parse(reference[^1..]) - 1) : reference;
        tablePart.Table = new Table(
            new AutoFilter { Reference = filterReference },
            tableColumns,
            new TableStyleInfo { Name = "TableStyleMedium9", ShowRowStripes = true, ShowColumnStripes = false, ShowFirstColumn = false, ShowLastColumn = false })
        {
            Id = id, Name = tableName, DisplayName = tableName, Reference = reference,
            TotalsRowCount = totalsRow ? 1u : null, TotalsRowShown = totalsRow ? null : false,
        };
        part.Worksheet.Append(new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 });
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)(sheets.ChildElements.Count + 1), Id = workbookPart.GetIdOfPart(part) });
        return part;
    }

    private static void AddSharedStrings(WorkbookPart workbookPart)
    {
        var part = workbookPart.AddNewPart<SharedStringTablePart>();
        var table = new SharedStringTable { Count = (uint)SharedStrings.Length, UniqueCount = (uint)SharedStrings.Length };
        foreach (var text in SharedStrings)
        {
            table.Append(text == "<rich>"
                ? new SharedStringItem(
                    new Run(new Text("Claims ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new Bold(), new FontSize { Val = 11 }), new Text("triage")))
                : new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        part.SharedStringTable = table;
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var part = workbookPart.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 4, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 3 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
