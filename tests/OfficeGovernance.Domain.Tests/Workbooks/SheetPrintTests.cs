using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public sealed class SheetPrintTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    // Columns of these widths in characters, as ColumnWidths.Of writes them.
    private static OutputColumn[] Columns(params double[] widths) => widths.Select((w, i) => new OutputColumn($"C{i}") { Width = w }).ToArray();

    [Fact]
    public void SystemSheet_FitsOnePage_LandscapeOnePageWideNoTitleColumnsFileNameAndAsOfInTheFooter()
    {
        var print = SheetPrint.SystemSheet("Review", AsOf, Columns(40, 60, 50), 2);

        Assert.Equal(new SheetPrint(true, 1, 0, 1, "&F: Review as of 2026-11-20", "Page &P of &N"), print);
    }

    [Fact]
    public void SystemSheet_WiderThanAPage_PagesWideWithTitleColumnsOverThenDown()
    {
        // 50 of titles and 250 of the rest: each page holds the titles and 100 more.
        var print = SheetPrint.SystemSheet("Review", AsOf, Columns(10, 40, 80, 80, 80, 10), 2);

        Assert.Equal(new SheetPrint(true, 3, 0, 1, "&F: Review as of 2026-11-20", "Page &P of &N", 2, true), print);
    }

    [Fact]
    public void SystemSheet_TitleColumnsHalfAPageOrMore_RepeatsOnlyTheFirstOnesUnderHalf()
    {
        var print = SheetPrint.SystemSheet("AsOfMonth", AsOf, Columns(16, 60, 80, 80), 2);

        Assert.Equal((2, 1), (print.PagesWide, print.TitleColumns));
    }

    [Fact]
    public void SystemSheet_TableFitsButItsChartDoesNot_PagesWideForBoth()
    {
        // 120 of columns, then a gap column and the chart's 10, each 8.43: 212.73 in all, 32 of titles.
        var print = SheetPrint.SystemSheet("Review", AsOf, Columns(12, 20, 88), 2, charts: 1);

        Assert.Equal((2, 2), (print.PagesWide, print.TitleColumns));
        Assert.Equal(1, SheetPrint.SystemSheet("Review", AsOf, Columns(12, 20, 88), 2).PagesWide);
    }

    [Theory]
    [InlineData(new double[] { 80, 70 }, 1, 1)]
    [InlineData(new double[] { 80, 70.5 }, 0, 2)]
    [InlineData(new double[] { 50, 100, 100 }, 1, 2)]
    [InlineData(new double[] { 50, 100, 100.5 }, 1, 3)]
    public void PagesFor_Widths_EnoughPagesThatNoneHoldsMoreThanAPage(double[] widths, int titleColumns, int pages)
    {
        Assert.Equal(pages, SheetPrint.PagesFor(widths, titleColumns));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(2)]
    public void PagesFor_TitleColumnsNegativeBeyondTheColumnsOrHalfAPage_Throws(int titleColumns)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SheetPrint.PagesFor([40, 35, 200], titleColumns));
    }

    [Fact]
    public void Report_FooterWithAmpersand_DoublesItSoItPrintsAsOne()
    {
        Assert.Equal("R&&D.xlsx: finance report", SheetPrint.Report("R&D.xlsx: finance report", 2).FooterLeft);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(1, 0)]
    public void Report_NegativePagesOrRowBelowOne_Throws(int pagesTall, int headerRow)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SheetPrint.Report("footer", pagesTall, headerRow));
    }

    [Fact]
    public void SheetLayoutOf_TableWithPrint_CarriesIt()
    {
        var print = SheetPrint.SystemSheet("Review", AsOf, Columns(16), 1);
        var table = new OutputTable("Review", "Review", [new OutputColumn("InitiativeId")], [], Print: print);

        Assert.Same(print, SheetLayout.Of(table, null).Print);
    }
}
