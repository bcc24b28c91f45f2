using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Infrastructure.Finance;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace OfficeGovernance.Infrastructure.Tests.Finance;

public sealed class FinanceWorkbookWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("finance-report-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private XlsxReport Written(FinancePortfolio portfolio)
    {
        var path = Path.Combine(_directory, $"report-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, new FinanceWorkbookWriter().Write(portfolio.Report(), "portfolio.xlsx"));
        return new XlsxReport(path);
    }

    [Fact]
    public void Write_EverySheet_OneRealTableWithFrozenHeaderAndFilter()
    {
        using var report = Written(new FinancePortfolio());
        Assert.Equal(["Summary", "Months", "AsOfMonth", "InitiativeMonths", "Exceptions", "Facts"], report.SheetNames);
        foreach (var name in report.SheetNames)
        {
            var sheet = report.Sheet(name);
            var table = Assert.Single(sheet.TableDefinitionParts).Table;
            Assert.Equal(table.Reference!.Value, table.AutoFilter!.Reference!.Value);
            var pane = sheet.Worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            var headerRow = int.Parse(table.Reference.Value!.Split(':')[0][1..]);
            Assert.Equal(headerRow, pane.VerticalSplit!.Value);
        }
        Assert.Equal("A5:D19", report.Sheet("Summary").TableDefinitionParts.Single().Table.Reference!.Value);
        Assert.Equal("A1:I6", report.Sheet("Facts").TableDefinitionParts.Single().Table.Reference!.Value);
    }

    [Fact]
    public void Write_Report_ValidAgainstTheOpenXmlSchema()
    {
        using var report = Written(new FinancePortfolio().Broken());
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
            .Validate((SpreadsheetDocument)report.WorkbookPart.OpenXmlPackage)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();
        Assert.Empty(errors);
    }

    [Fact]
    public void Write_MoneyCells_FormattedInTheWorkbookCurrency()
    {
        using var report = Written(new FinancePortfolio());
        Assert.Equal("#,##0.00 \"EUR\"", report.NumberFormatOf(report.Cell("Facts", "G2")!));
        Assert.Equal("#,##0.00 \"EUR\"", report.NumberFormatOf(report.Cell("Summary", "B9")!));
        Assert.Equal("mmm yyyy", report.NumberFormatOf(report.Cell("Facts", "E2")!));
        Assert.Equal("mmm yyyy", report.NumberFormatOf(report.Cell("Months", "A2")!));
    }

    [Fact]
    public void Write_EverySheet_PrintsLandscapeOnePageWideWithItsHeaderRowRepeatedAndAFooter()
    {
        using var report = Written(new FinancePortfolio());
        var titles = report.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().ToArray();
        for (var i = 0; i < report.SheetNames.Count; i++)
        {
            var name = report.SheetNames[i];
            var worksheet = report.Sheet(name).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            Assert.Equal("&Lportfolio.xlsx: finance report as of 2026-11-20&RPage &P of &N",
                worksheet.GetFirstChild<HeaderFooter>()!.OddFooter!.Text);
            var headerRow = name == "Summary" ? 5 : 1;
            var title = Assert.Single(titles, t => t.LocalSheetId!.Value == i);
            Assert.Equal(("_xlnm.Print_Titles", $"'{name}'!${headerRow}:${headerRow}"), (title.Name!.Value, title.Text));
        }
        Assert.NotNull(report.WorkbookPart.ThemePart);
    }

    [Fact]
    public void Write_Charts_EverySeriesHasItsOwnFillAndEveryAxisItsFormat()
    {
        using var report = Written(new FinancePortfolio());
        var charts = report.Sheet("Summary").DrawingsPart!.ChartParts.Select(p => p.ChartSpace).ToArray();
        Assert.Equal(2, charts.Length);
        var colours = charts.SelectMany(c => c.Descendants<C.BarChartSeries>().Select(s => s.ChartShapeProperties!)
                .Concat(c.Descendants<C.LineChartSeries>().Select(s => s.ChartShapeProperties!)))
            .Select(p => p.Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().First().Val!.Value)
            .ToArray();
        Assert.Equal(new[] { ReportColours.MonthlySpend, ReportColours.MonthlyCaps, ReportColours.InitiativeSpend,
            ReportColours.InitiativeCap }.Order(), colours.Order());
        Assert.All(charts.SelectMany(c => c.Descendants<C.ValueAxis>()), a => Assert.Equal("#,##0", a.NumberingFormat!.FormatCode!.Value));
        var monthly = charts.Single(c => c.Descendants<C.LineChart>().Any());
        Assert.Equal("mmm yyyy", monthly.Descendants<C.CategoryAxis>().Single().NumberingFormat!.FormatCode!.Value);
        Assert.NotNull(monthly.Descendants<C.BarChartSeries>().Single().GetFirstChild<C.DataLabels>());
    }

    [Fact]
    public void Write_SummaryTotals_FormulasOverFactsWithCachedValues()
    {
        using var report = Written(new FinancePortfolio());
        var inPeriod = report.Cell("Summary", "B9")!;
        Assert.Equal("SUM(Facts!$G$2:$G$6)", inPeriod.CellFormula!.Text);
        Assert.Equal(2720.87, report.Number("Summary", "B9"), 6);
        Assert.Equal("SUMIFS(Facts!$G$2:$G$6,Facts!$D$2:$D$6,\"Retired\")", report.Cell("Summary", "B10")!.CellFormula!.Text);
        Assert.Equal(77.77, report.Number("Summary", "B10"), 6);
        Assert.Equal("B6-B7-B8-B9", report.Cell("Summary", "B11")!.CellFormula!.Text);
        Assert.Equal(0, report.Number("Summary", "B11"), 6);
        Assert.Equal("SUBTOTAL(109,Facts!$G$2:$G$6)", report.Cell("Summary", "B17")!.CellFormula!.Text);
        Assert.Contains("\"Not approved\"", report.Cell("Summary", "B18")!.CellFormula!.Text);
        Assert.Equal(300.33, report.Number("Summary", "B18"), 6);
        Assert.Equal(300.35, report.Number("Summary", "B19"), 6);
        Assert.Equal("SUMIFS(Facts!$G$2:$G$6,Facts!$E$2:$E$6,A2)", report.Cell("Months", "B2")!.CellFormula!.Text);
        Assert.True(report.WorkbookPart.Workbook.GetFirstChild<CalculationProperties>()!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void Write_TotalsBothWays_ReconcileToTheCentWithSpendTable()
    {
        var portfolio = new FinancePortfolio();
        using var report = Written(portfolio);
        var spendTable = portfolio.Workbook.Spend.Sum(s => s.Cost);
        var facts = report.Column("Facts", "G").Select(v => (decimal)v).Sum();
        var months = report.Column("InitiativeMonths", "E").Select(v => (decimal)v).Sum();
        var outside = (decimal)report.Number("Summary", "B7") + (decimal)report.Number("Summary", "B8");
        Assert.Equal(spendTable, facts + outside);
        Assert.Equal(spendTable, months + outside);
        Assert.Equal(spendTable, (decimal)report.Number("Summary", "B6"));
        Assert.Equal(report.Column("Months", "B").Select(v => (decimal)v).Sum(), facts);
    }

    [Fact]
    public void Write_NameStartingWithEquals_StoredAsTextNotFormula()
    {
        using var report = Written(new FinancePortfolio());
        var cell = report.Sheet("AsOfMonth").Worksheet.Descendants<Cell>()
            .Single(c => c.DataType?.Value == CellValues.SharedString && report.Text("AsOfMonth", c.CellReference!) .StartsWith('='));
        Assert.Null(cell.CellFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", report.Text("AsOfMonth", cell.CellReference!));
        Assert.DoesNotContain(report.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()),
            f => f.Text.Contains("HYPERLINK", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Charts_NativeChartPartsInTheSummaryDrawingOverTheRightRanges()
    {
        using var report = Written(new FinancePortfolio());
        var summary = report.Sheet("Summary");
        var drawing = summary.DrawingsPart!;
        Assert.Equal(summary.GetIdOfPart(drawing), summary.Worksheet.GetFirstChild<Drawing>()!.Id!.Value);
        var anchors = drawing.WorksheetDrawing.Elements<DocumentFormat.OpenXml.Drawing.Spreadsheet.TwoCellAnchor>().ToArray();
        Assert.Equal(2, anchors.Length);
        // Under the Summary table (A5:D19, 0-based rows 4 to 18) with a blank row between: no cell in use under a chart.
        Assert.All(anchors, a => Assert.Equal("20", a.FromMarker!.RowId!.Text));
        Assert.Equal(["0", "2"], anchors.Select(a => a.FromMarker!.ColumnId!.Text));
        var charts = anchors.Select(a => (ChartPart)drawing.GetPartById(a.Descendants<C.ChartReference>().Single().Id!.Value!)).ToArray();

        var monthly = charts[0].ChartSpace;
        var bar = monthly.Descendants<C.BarChart>().Single().Elements<C.BarChartSeries>().Single();
        Assert.Equal("Months!$B$2:$B$13", bar.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal("Months!$A$2:$A$13", bar.Descendants<C.CategoryAxisData>().Single().Descendants<C.Formula>().Single().Text);
        var caps = monthly.Descendants<C.LineChart>().Single().Elements<C.LineChartSeries>().Single();
        Assert.Equal("Months!$C$2:$C$13", caps.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        var cached = bar.Descendants<C.Values>().Single().Descendants<C.NumericPoint>().Select(p => double.Parse(p.InnerText, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(12, cached.Length);
        Assert.Equal(1300.35, cached[10], 6);

        var initiatives = charts[1].ChartSpace.Descendants<C.BarChartSeries>().ToArray();
        Assert.Equal(["AsOfMonth!$D$2:$D$4", "AsOfMonth!$E$2:$E$4"],
            initiatives.Select(s => s.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text));
        Assert.Equal("AsOfMonth!$A$2:$A$4", initiatives[0].Descendants<C.CategoryAxisData>().Single().Descendants<C.Formula>().Single().Text);
    }

    [Fact]
    public void Write_IntactLog_FirstSheetSaysSoAndApprovalListed()
    {
        using var report = Written(new FinancePortfolio());
        Assert.StartsWith("Decision log: intact", report.Text("Summary", "A2"));
        var overage = Enumerable.Range(2, 36).Select(r => $"J{r}")
            .Where(c => report.Cell("InitiativeMonths", c) is not null).Select(c => report.Text("InitiativeMonths", c)).ToArray();
        Assert.Contains("Within OverageLimit", overage);
    }

    [Fact]
    public void Write_BrokenChain_FirstSheetSaysSoAndApprovalMarkedUnverified()
    {
        using var report = Written(new FinancePortfolio().Broken());
        Assert.StartsWith("DECISION LOG BROKEN", report.Text("Summary", "A2"));
        var overage = Enumerable.Range(2, 36).Select(r => $"J{r}")
            .Where(c => report.Cell("InitiativeMonths", c) is not null).Select(c => report.Text("InitiativeMonths", c)).ToArray();
        Assert.Contains("Unverified", overage);
        Assert.DoesNotContain("Within OverageLimit", overage);
        Assert.Equal(0, report.Number("Summary", "B19"));
    }
}
