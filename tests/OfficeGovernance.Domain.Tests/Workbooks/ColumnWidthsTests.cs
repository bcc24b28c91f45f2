using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class ColumnWidthsTests
{
    private static double Width(ColumnFormat format, CellValue value, string header = "H") =>
        ColumnWidths.Fit([new OutputColumn(header, format)], [[value]], "USD")[0].Width!.Value;

    [Theory]
    [InlineData(ColumnFormat.Money, 1234567.5, 18)]   // "1,234,567.50 USD" and a margin of 2
    [InlineData(ColumnFormat.Percent, 1.625, 8)]      // "162.5%" and 2
    [InlineData(ColumnFormat.Date, 46000, 12)]        // "yyyy-mm-dd" and 2
    [InlineData(ColumnFormat.Integer, 12, 5)]         // the header "H" and 4 for the filter button
    public void Fit_Number_WidthOfTheValueAsShown(ColumnFormat format, double value, double expected) =>
        Assert.Equal(expected, Width(format, CellValue.FromNumber(value)));

    [Fact]
    public void Fit_LongHeader_HeaderAndFilterButtonWin() =>
        Assert.Equal("DecisionDue".Length + 4, Width(ColumnFormat.Date, CellValue.FromNumber(46000), "DecisionDue"));

    [Theory]
    [InlineData(ColumnFormat.General, 100, ColumnWidths.MaxText)]
    [InlineData(ColumnFormat.WrappedText, 100, ColumnWidths.WrapAt)]
    [InlineData(ColumnFormat.WrappedText, 20, 22)]
    public void Fit_Text_CappedAtAReadableWidth(ColumnFormat format, int length, double expected) =>
        Assert.Equal(expected, Width(format, CellValue.FromText(new string('a', length))));

    [Fact]
    public void Fit_EmptyCells_HeaderWidth() => Assert.Equal(5, Width(ColumnFormat.Money, CellValue.Empty));

    [Theory]
    [InlineData(ColumnFormat.Month, 46000, 10)]       // "mmm yyyy" and 2
    [InlineData(ColumnFormat.Number, 1234.5, 9)]      // "1234.50" and 2
    public void Fit_MonthAndNumber_WidthAsTheirFormatShowsThem(ColumnFormat format, double value, double expected) =>
        Assert.Equal(expected, Width(format, CellValue.FromNumber(value)));

    [Theory]
    [InlineData(ColumnFormat.Date, "Due", 12)]
    [InlineData(ColumnFormat.WrappedText, "Note", 60)]
    [InlineData(ColumnFormat.General, "ALongerHeaderThanSixteen", 28)]
    public void Of_NotFitted_HeaderOrTheFormatsMinimum(ColumnFormat format, string header, double expected) =>
        Assert.Equal(expected, ColumnWidths.Of(new OutputColumn(header, format)));

    [Theory]
    [InlineData(2, 8)]
    [InlineData(200, 80)]
    [InlineData(33.5, 33.5)]
    public void Of_Fitted_KeptBetweenEightAndEighty(double width, double expected) =>
        Assert.Equal(expected, ColumnWidths.Of(new OutputColumn("H", ColumnFormat.General, width)));
}
