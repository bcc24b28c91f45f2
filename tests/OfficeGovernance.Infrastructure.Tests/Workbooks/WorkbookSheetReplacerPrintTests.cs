using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

/// <summary>A table whose layout says how it prints is written set up to print (docs/rules.md#written-workbooks).</summary>
public sealed class WorkbookSheetReplacerPrintTests
{
    private readonly WorkbookTableWriter _writer = new();

    private static OutputTable Table(string name, SheetPrint? print) => new(
        name, name, [new OutputColumn("InitiativeId"), new OutputColumn("Reasons", ColumnFormat.WrappedText)],
        [[CellValue.FromText("INI-1"), CellValue.FromText("R&D spend")]], Print: print);

    private static readonly SheetPrint ReviewPrint = new(true, 1, 0, 1, "&F: Review as of 2026-11-20", "Page &P of &N");

    private byte[] Create(params OutputTable[] tables)
    {
        using var output = new MemoryStream();
        _writer.Create(output, tables);
        return output.ToArray();
    }

    [Fact]
    public void ReplaceTables_TableWithPrint_LandscapeOnePageWideHeaderRepeatedAndFooter()
    {
        var original = Create(Table("Notes", null));

        var bytes = _writer.ReplaceTables(original, [Table("Review", ReviewPrint)]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var worksheet = Sheet(document, "Review").Worksheet;
        var setup = worksheet.GetFirstChild<PageSetup>()!;
        Assert.Equal((OrientationValues.Landscape, 1u, 0u), (setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
        Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        Assert.Equal("&L&F: Review as of 2026-11-20&RPage &P of &N", worksheet.GetFirstChild<HeaderFooter>()!.OddFooter!.Text);
        var title = Assert.Single(document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>());
        Assert.Equal(("_xlnm.Print_Titles", 1u, "'Review'!$1:$1"), (title.Name!.Value, title.LocalSheetId!.Value, title.Text));
        Assert.Null(setup.PageOrder);
        Assert.Null(Sheet(document, "Notes").Worksheet.GetFirstChild<PageSetup>());
        AssertValid(document);
    }

    [Fact]
    public void ReplaceTables_PrintPagesWide_FitsToThemOverThenDownWithTitleColumnsAndRowsInOneName()
    {
        var wide = ReviewPrint with { PagesWide = 4, TitleColumns = 2, OverThenDown = true };

        var bytes = _writer.ReplaceTables(Create(Table("Notes", null)), [Table("Review", wide)]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var setup = Sheet(document, "Review").Worksheet.GetFirstChild<PageSetup>()!;
        Assert.Equal((4u, 0u, PageOrderValues.OverThenDown), (setup.FitToWidth!.Value, setup.FitToHeight!.Value, setup.PageOrder!.Value));
        var title = Assert.Single(document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>());
        Assert.Equal("'Review'!$A:$B,'Review'!$1:$1", title.Text);
        AssertValid(document);
    }

    [Fact]
    public void ReplaceTables_WrittenTwice_KeepsOnePrintTitlesName()
    {
        var once = _writer.ReplaceTables(Create(Table("Notes", null)), [Table("Review", ReviewPrint)]);

        var twice = _writer.ReplaceTables(once, [Table("Review", ReviewPrint)]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(twice), false);
        Assert.Single(document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>());
        AssertValid(document);
    }

    [Fact]
    public void ReplaceTables_TableWithoutPrint_NoPageSetupAndNoPrintTitles()
    {
        var bytes = _writer.ReplaceTables(Create(Table("Notes", null)), [Table("Agents", null)]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(document.WorkbookPart!.Workbook.DefinedNames?.Elements<DefinedName>() ?? []);
        Assert.Null(Sheet(document, "Agents").Worksheet.GetFirstChild<PageSetup>());
        Assert.Null(Sheet(document, "Agents").Worksheet.GetFirstChild<SheetProperties>());
    }

    private static WorksheetPart Sheet(SpreadsheetDocument document, string name) =>
        (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

    private static void AssertValid(SpreadsheetDocument document) =>
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
}
