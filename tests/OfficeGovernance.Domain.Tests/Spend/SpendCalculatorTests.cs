using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;

namespace OfficeGovernance.Domain.Tests.Spend;

public class SpendCalculatorTests
{
    [Fact]
    public void Summarize_AsOfMidMonth_MtdForecastCapUsed()
    {
        var spend = PortfolioBuilder.Healthy().ReviewFirst().Spend;
        Assert.Equal(500m, spend.MonthToDate);
        Assert.Equal(750m, spend.Forecast);
        Assert.Equal(0.5, spend.CapUsed);
        Assert.False(spend.OverCap);
        Assert.Equal(0m, spend.Excess);
        Assert.Null(spend.OverageNote);
    }

    [Fact]
    public void Summarize_AsOfFirstOfMonth_ExcludesLastDayOfPreviousMonth()
    {
        var spend = Builder()
            .WithSpend("I1", new DateOnly(2026, 11, 30), SpendCategory.Software, 40m)
            .WithSpend("I1", new DateOnly(2026, 12, 1), SpendCategory.StaffTime, 10m)
            .ReviewFirst(new DateOnly(2026, 12, 1)).Spend;
        Assert.Equal(10m, spend.MonthToDate);
        Assert.Equal(310m, spend.Forecast);
    }

    [Fact]
    public void Summarize_AsOfLastDayOfMonth_ForecastEqualsMtd()
    {
        var spend = Builder()
            .WithSpend("I1", new DateOnly(2026, 11, 1), SpendCategory.Software, 40m)
            .WithSpend("I1", new DateOnly(2026, 11, 30), SpendCategory.StaffTime, 10m)
            .WithSpend("I1", new DateOnly(2026, 12, 1), SpendCategory.StaffTime, 99m)
            .ReviewFirst(new DateOnly(2026, 11, 30)).Spend;
        Assert.Equal(50m, spend.MonthToDate);
        Assert.Equal(50m, spend.Forecast);
    }

    [Fact]
    public void Summarize_ExactlyAtCap_NotOver()
    {
        var spend = Builder().WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.Software, 1000m).ReviewFirst().Spend;
        Assert.False(spend.OverCap);
        Assert.Equal(1.0, spend.CapUsed);
    }

    [Fact]
    public void Summarize_OneCentOverCap_OverWithExcess()
    {
        var spend = Builder().WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.Software, 1000.01m).ReviewFirst().Spend;
        Assert.True(spend.OverCap);
        Assert.Equal(0.01m, spend.Excess);
        Assert.False(spend.OverageApproved);
    }

    [Fact]
    public void Summarize_CapZero_CapUsedNull()
    {
        var spend = new PortfolioBuilder().With(new InitiativeBuilder().Cap(0)).ReviewFirst().Spend;
        Assert.Null(spend.CapUsed);
        Assert.False(spend.OverCap);
    }

    [Fact]
    public void Summarize_ForecastOverCapButMtdUnder_WarningOnly()
    {
        var review = Builder().WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.Software, 900m).ReviewFirst();
        Assert.False(review.Spend.OverCap);
        Assert.Equal(1350m, review.Spend.Forecast);
        Assert.Contains("forecast 1,350.00 USD is over the cap 1,000.00 USD", review.Flags);
    }

    private static PortfolioBuilder Builder() => PortfolioBuilder.Healthy().WithoutSpend("I1");
}
