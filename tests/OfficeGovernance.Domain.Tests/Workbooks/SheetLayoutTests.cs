using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public sealed class SheetLayoutTests
{
    private static readonly OutputTable Table = new("Review", "Review",
    [
        new("InitiativeId"), new("Verdict", ColumnFormat.Verdict), new("Reasons", ColumnFormat.WrappedText, 30),
        new("Cap", ColumnFormat.Money), new("CapUsed", ColumnFormat.Percent), new("Workflow", ColumnFormat.Rag),
    ],
    [
        [CellValue.FromText("INI-1"), CellValue.FromText("Stop"), CellValue.FromText("why"), CellValue.FromNumber(1000)],
    ]);

    [Fact]
    public void Of_Columns_FormatWidthWrapAndFillsFromTheColumnFormats()
    {
        var layout = SheetLayout.Of(Table, "EUR");
        var columns = layout.Columns.ToDictionary(c => c.Header);

        Assert.Equal(SheetLayout.SystemTableStyle, layout.TableStyle);
        Assert.Equal("General", columns["InitiativeId"].NumberFormat);
        Assert.Equal("#,##0.00 \"EUR\"", columns["Cap"].NumberFormat);
        Assert.Equal("0.0%", columns["CapUsed"].NumberFormat);
        Assert.True(columns["Reasons"].Wrap);
        Assert.False(columns["Cap"].Wrap);
        Assert.Equal(30, columns["Reasons"].Width);
        Assert.Equal("FFC7CE", ValueFills.Of(columns["Verdict"].Fills, "Stop"));
        Assert.Equal("FFEB9C", ValueFills.Of(columns["Workflow"].Fills, "Amber"));
        Assert.Empty(columns["Cap"].Fills);
        Assert.Empty(layout.Charts);
    }

    [Fact]
    public void Of_NoCurrency_PlainMoney() =>
        Assert.Equal("#,##0.00", SheetLayout.Of(Table, null).Columns[3].NumberFormat);

    [Theory]
    [InlineData("US")]
    [InlineData("U\"D")]
    public void Of_CurrencyNotThreeLetters_Throws(string currency) =>
        Assert.Throws<ArgumentException>(() => SheetLayout.Of(Table, currency));

    [Fact]
    public void SheetTableOf_ShortRow_PaddedWithNullsTextAndNumbersKept()
    {
        var sheet = SheetTable.Of(Table, null);

        Assert.Equal(["INI-1", "Stop", "why", 1000d, null, null], sheet.Rows.Single());
    }

    [Fact]
    public void SheetTableOf_BooleanCell_ThrowsNamingTheTable()
    {
        var table = Table with { Rows = [[CellValue.FromBoolean(true)]] };

        var error = Assert.Throws<ArgumentException>(() => SheetTable.Of(table, null));
        Assert.Contains("Review", error.Message, StringComparison.Ordinal);
    }
}
