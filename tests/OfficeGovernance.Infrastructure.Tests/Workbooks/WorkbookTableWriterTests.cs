using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class WorkbookTableWriterTests
{
    private readonly WorkbookTableWriter _writer = new();
    private readonly WorkbookTableReader _reader = new();

    private static readonly (ColumnFormat Format, CellValue Value, string? Code)[] EveryFormat =
    [
        (ColumnFormat.General, CellValue.FromText("plain"), null),
        (ColumnFormat.Text, CellValue.FromText("00123"), "@"),
        (ColumnFormat.Integer, CellValue.FromNumber(42), "0"),
        (ColumnFormat.Number, CellValue.FromNumber(3.14159), "0.00"),
        (ColumnFormat.Money, CellValue.FromNumber(1234.56), "#,##0.00"),
        (ColumnFormat.Percent, CellValue.FromNumber(0.125), "0.0%"),
        (ColumnFormat.Date, CellValue.FromNumber(45366), "yyyy-mm-dd"),
        (ColumnFormat.DateTime, CellValue.FromNumber(45366.5), "yyyy-mm-dd hh:mm"),
        (ColumnFormat.Verdict, CellValue.FromText("Expand"), null),
        (ColumnFormat.Rag, CellValue.FromText("Amber"), null),
        (ColumnFormat.WrappedText, CellValue.FromText("a reason"), null),
    ];

    private static OutputTable Review(params string[] verdicts) => new(
        "Review", "Review",
        [new OutputColumn("InitiativeId"), new OutputColumn("Verdict", ColumnFormat.Verdict), new OutputColumn("Cap", ColumnFormat.Money)],
        verdicts.Select((v, i) => (IReadOnlyList<CellValue>)[CellValue.FromText($"INI-{i + 1}"), CellValue.FromText(v), CellValue.FromNumber(100 * (i + 1))]));

    private byte[] Create(params OutputTable[] tables)
    {
        using var output = new MemoryStream();
        _writer.Create(output, tables);
        return output.ToArray();
    }

    [Fact]
    public void Create_EveryColumnFormat_RoundTripsValuesAndNumberFormats()
    {
        var table = new OutputTable("Formats", "Formats", EveryFormat.Select(f => new OutputColumn(f.Format.ToString(), f.Format)).ToList(),
            [EveryFormat.Select(f => f.Value).ToList(), new CellValue[EveryFormat.Length]]);
        var bytes = Create(table);

        var read = Assert.Single(_reader.Read(new MemoryStream(bytes), ["formats"], "out.xlsx"));

        Assert.Equal(EveryFormat.Select(f => f.Format.ToString()), read.Headers);
        Assert.Equal(EveryFormat.Select(f => f.Value), Enumerable.Range(0, EveryFormat.Length).Select(i => read.Rows[0][i]));
        Assert.Equal(2, read.Rows.Count);
        Assert.Equal(EveryFormat.Select(f => f.Code), NumberFormatCodes(bytes, "Formats", 2, EveryFormat.Length));
    }

    [Fact]
    public void Create_FormulaLikeText_IsWrittenAsStringCells()
    {
        string[] texts = ["=SUM(A1)", "+1", "-2", "@x"];
        var table = new OutputTable("Notes", "Notes", [new OutputColumn("Text")], texts.Select(t => (IReadOnlyList<CellValue>)[CellValue.FromText(t)]));
        var bytes = Create(table);

        var xml = EntryText(bytes, "xl/worksheets/sheet1.xml");
        var read = Assert.Single(_reader.Read(new MemoryStream(bytes), ["Notes"], "out.xlsx"));

        Assert.DoesNotContain("<x:f", xml);
        Assert.DoesNotContain("<f", xml);
        Assert.Equal(5, xml.Split("t=\"s\"").Length - 1);
        Assert.Equal(texts, read.Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void ReplaceTables_FormulaLikeText_IsWrittenAsInlineStringCells()
    {
        string[] texts = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@x"];
        var table = new OutputTable("Review", "Review", [new OutputColumn("Text")], texts.Select(t => (IReadOnlyList<CellValue>)[CellValue.FromText(t)]));
        var original = Create(new OutputTable("Notes", "Notes", [new OutputColumn("Text")], [[CellValue.FromText("user note")]]));

        var bytes = _writer.ReplaceTables(original, [table]);

        var xml = EntryText(bytes, "xl/worksheets/sheet2.xml");
        Assert.DoesNotContain("<x:f", xml);
        Assert.DoesNotContain("<f", xml);
        Assert.Equal(5, xml.Split("t=\"inlineStr\"").Length - 1);
        var read = Assert.Single(_reader.Read(new MemoryStream(bytes), ["Review"], "out.xlsx"));
        Assert.Equal(texts, read.Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void Create_RepeatedText_IsStoredOnceInTheSharedStringTable()
    {
        var table = new OutputTable("Ids", "Ids", [new OutputColumn("Id")], Enumerable.Repeat((IReadOnlyList<CellValue>)[CellValue.FromText("INI-1")], 50));

        var sharedStrings = EntryText(Create(table), "xl/sharedStrings.xml");

        Assert.Contains("uniqueCount=\"2\"", sharedStrings);
        Assert.Contains("count=\"51\"", sharedStrings);
    }

    [Fact]
    public void Create_Table_IsStyledFilteredFrozenAndColoured()
    {
        var bytes = Create(Review("Expand", "Stop", "Paused"));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheetPart = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
        var table = sheetPart.TableDefinitionParts.Single().Table;
        var pane = sheetPart.Worksheet.Descendants<Pane>().Single();

        Assert.Equal(("Review", "A1:C4", "A1:C4", "TableStyleMedium2", true), (table.Name!.Value, table.Reference!.Value, table.AutoFilter!.Reference!.Value, table.TableStyleInfo!.Name!.Value, table.TableStyleInfo.ShowRowStripes!.Value));
        Assert.Equal(["InitiativeId", "Verdict", "Cap"], table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value));
        Assert.Equal((1d, PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.State!.Value));
        Assert.Equal(3, sheetPart.Worksheet.GetFirstChild<Columns>()!.ChildElements.Count);
        Assert.Equal(["FFC6EFCE", "FFFFC7CE", "FFD9D9D9"], Enumerable.Range(2, 3).Select(row => FillOf(document, sheetPart, $"B{row}")));
    }

    [Fact]
    public void Create_WrappedColumn_WrapsUsesTheFittedWidthAndSizesTheRow()
    {
        // 152 characters at a width of 30 (33 a line at 1.15 characters per width unit, words kept whole) take five
        // lines of 15 points.
        var reason = string.Join(' ', Enumerable.Repeat("overage not", 12)) + " approved";
        var table = new OutputTable("Review", "Review",
            [new OutputColumn("InitiativeId", Width: 14.5), new OutputColumn("Reasons", ColumnFormat.WrappedText, 30)],
            [[CellValue.FromText("INI-1"), CellValue.FromText(reason)], [CellValue.FromText("INI-2"), CellValue.FromText("short")]]);
        var bytes = Create(table);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheetPart = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
        var widths = sheetPart.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToArray();
        var rows = sheetPart.Worksheet.Descendants<Row>().ToDictionary(r => r.RowIndex!.Value);
        var stylesheet = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var alignment = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)CellAt(sheetPart, "B2").StyleIndex!.Value).Alignment!;

        Assert.Equal([14.5, 30d], widths);
        Assert.Equal((true, null), (alignment.WrapText!.Value, alignment.Vertical));
        Assert.Equal(75d, rows[2u].Height!.Value);
        Assert.True(rows[2u].CustomHeight!.Value);
        Assert.Null(rows[3u].Height);
        AssertValid(bytes);
    }

    [Fact]
    public void Create_EmptyTable_KeepsOneBlankRow()
    {
        var bytes = Create(Review());

        var read = Assert.Single(_reader.Read(new MemoryStream(bytes), ["Review"], "out.xlsx"));

        Assert.True(Assert.Single(read.Rows).Cells.Count == 0);
    }

    [Fact]
    public void Create_Output_PassesOpenXmlValidator()
    {
        var table = new OutputTable("Formats", "Formats", EveryFormat.Select(f => new OutputColumn(f.Format.ToString(), f.Format)).ToList(),
            [EveryFormat.Select(f => f.Value).ToList()]);

        AssertValid(Create(table, Review("Fix")));
    }

    [Fact]
    public void Create_RowWiderThanColumns_Throws()
    {
        var table = new OutputTable("Bad", "Bad", [new OutputColumn("A")], [[CellValue.FromText("x"), CellValue.FromText("y")]]);

        Assert.Throws<ArgumentException>(() => Create(table));
    }

    [Fact]
    public void ReplaceTables_ExistingWorkbook_KeepsOtherPartsByteIdentical()
    {
        var original = FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile);

        var updated = _writer.ReplaceTables(original, [Review("Expand", "Fix")]);

        foreach (var part in new[] { "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/tables/table1.xml", "xl/tables/table2.xml", "xl/tables/table3.xml", "xl/sharedStrings.xml" })
        {
            Assert.Equal(EntryBytes(original, part), EntryBytes(updated, part));
        }
        using var before = SpreadsheetDocument.Open(new MemoryStream(original), false);
        using var after = SpreadsheetDocument.Open(new MemoryStream(updated), false);
        var oldFormats = before.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().Select(f => f.OuterXml).ToList();
        var newFormats = after.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().Select(f => f.OuterXml).ToList();
        Assert.Equal(oldFormats, newFormats.Take(oldFormats.Count));
        Assert.Equal("Portfolio!$A$1", after.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == "RegisterTitle").Text);
        Assert.Equal(["Portfolio", "Money", "Notes", "Review"], after.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var read = _reader.Read(new MemoryStream(updated), ["Initiatives", "UserNotes", "Review"], "out.xlsx");
        Assert.Equal("keep me", read[0].Rows[0][6].Text);
        Assert.Equal(["INI-1", "INI-2"], read[2].Rows.Select(r => r[0].Text));
        AssertValid(updated);
    }

    [Fact]
    public void ReplaceTables_Twice_ReplacesInPlaceWithoutGrowth()
    {
        var original = FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile);
        var first = _writer.ReplaceTables(original, [Review("Expand", "Fix", "Stop")]);

        var second = _writer.ReplaceTables(first, [Review("Stop")]);

        Assert.Equal("Portfolio,Money,Notes,Review | Initiatives,Review,Spend,UserNotes | 1,2,3,4", Shape(first));
        Assert.Equal(Shape(first), Shape(second));
        Assert.Equal(EntryText(first, "xl/styles.xml"), EntryText(second, "xl/styles.xml"));
        var review = Assert.Single(_reader.Read(new MemoryStream(second), ["Review"], "out.xlsx"));
        Assert.Equal(["INI-1"], review.Rows.Select(r => r[0].Text));
        Assert.Equal("Stop", review.Rows[0][1].Text);
        AssertValid(second);
    }

    [Fact]
    public void ReplaceTables_NameTakenByUserTableElsewhere_ThrowsBeforeWriting()
    {
        var original = FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile);
        var clash = new OutputTable("UserNotes", "SystemNotes", [new OutputColumn("A")], []);

        var error = Assert.Throws<WorkbookValidationException>(() => _writer.ReplaceTables(original, [clash]));

        Assert.Contains("sheet 'Notes'", Assert.Single(error.Problems).Message);
        Assert.Equal(FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile), original);
    }

    [Fact]
    public void ReplaceTables_SheetOfThatNameWithoutTheTable_RefusesAndKeepsTheSheet()
    {
        var original = FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile);
        var intoNotes = new OutputTable("Exceptions", "Notes", [new OutputColumn("A")], []);

        var error = Assert.Throws<WorkbookValidationException>(() => _writer.ReplaceTables(original, [intoNotes]));

        Assert.Contains("sheet 'Notes' exists but does not hold the Exceptions table", Assert.Single(error.Problems).Message);
        Assert.Equal(FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile), original);
    }

    [Fact]
    public void ReplaceTables_NotAWorkbook_ThrowsValidation()
    {
        var error = Assert.Throws<WorkbookValidationException>(() => _writer.ReplaceTables("a,b\n"u8.ToArray(), [Review()], "in.csv"));

        Assert.Equal("in.csv", Assert.Single(error.Problems).Table);
    }

    private static string Shape(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var tables = workbook.WorksheetParts.SelectMany(p => p.TableDefinitionParts).Select(t => t.Table).ToList();
        return string.Join(",", workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)) + " | "
            + string.Join(",", tables.Select(t => t.Name!.Value!).Order()) + " | "
            + string.Join(",", tables.Select(t => t.Id!.Value).Order());
    }

    private static void AssertValid(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static IEnumerable<string?> NumberFormatCodes(byte[] bytes, string sheetName, int row, int columns)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName).Id!);
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var builtIn = new Dictionary<uint, string> { [1] = "0", [2] = "0.00", [4] = "#,##0.00", [49] = "@" };
        var codes = new List<string?>();
        for (var column = 1; column <= columns; column++)
        {
            var cell = CellAt(part, $"{CellAddress.ColumnLetters(column)}{row}");
            var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
            var id = format.NumberFormatId?.Value ?? 0;
            codes.Add(id == 0 ? null : builtIn.TryGetValue(id, out var code) ? code
                : stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == id).FormatCode!.Value);
        }
        return codes;
    }

    private static string? FillOf(SpreadsheetDocument document, WorksheetPart part, string reference)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)CellAt(part, reference).StyleIndex!.Value);
        return stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!.ForegroundColor!.Rgb!.Value;
    }

    private static Cell CellAt(WorksheetPart part, string reference) =>
        part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static byte[] EntryBytes(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var entry = (zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} is missing")).Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    private static string EntryText(byte[] package, string name) => System.Text.Encoding.UTF8.GetString(EntryBytes(package, name));
}
