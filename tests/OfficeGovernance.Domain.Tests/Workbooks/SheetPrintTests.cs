using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public sealed class SheetPrintTests
{
    [Fact]
    public void SystemSheet_Review_LandscapeOnePageWideAsManyTallFileNameAndAsOfInTheFooter()
    {
        var print = SheetPrint.SystemSheet("Review", new DateOnly(2026, 11, 20));

        Assert.Equal(new SheetPrint(true, 1, 0, 1, "&F: Review as of 2026-11-20", "Page &P of &N"), print);
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
        var print = SheetPrint.SystemSheet("Review", new DateOnly(2026, 11, 20));
        var table = new OutputTable("Review", "Review", [new OutputColumn("InitiativeId")], [], Print: print);

        Assert.Same(print, SheetLayout.Of(table, null).Print);
    }
}
