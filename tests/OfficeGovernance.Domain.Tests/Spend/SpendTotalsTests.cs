using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Spend;

public class SpendTotalsTests
{
    private static SpendSummary Summary(decimal mtd, decimal cap, decimal forecast) =>
        new(mtd, cap, cap == 0 ? null : (double)(mtd / cap), forecast, mtd > cap, mtd > cap ? mtd - cap : 0m, false, null);

    [Fact]
    public void Of_TwoInitiatives_AddsEveryFigure()
    {
        var total = SpendTotals.Of([Summary(1200m, 1000m, 1800m), Summary(300m, 500m, 450m)]);

        Assert.Equal(new SpendTotals(1500m, 1500m, 2250m, 200m), total);
        Assert.Equal(1.0, total.CapUsed);
    }

    [Fact]
    public void Of_NoInitiatives_ZeroWithNoCapUsed()
    {
        var total = SpendTotals.Of(Array.Empty<SpendSummary>());

        Assert.Equal(new SpendTotals(0m, 0m, 0m, 0m), total);
        Assert.Null(total.CapUsed);
    }

    [Fact]
    public void Of_CreditBelowZero_StaysNegative()
    {
        var total = SpendTotals.Of([Summary(-40m, 0m, -60m), Summary(10m, 0m, 15m)]);

        Assert.Equal(-30m, total.MonthToDate);
        Assert.Null(total.CapUsed);
    }

    [Fact]
    public void Total_RowsAroundTheRange_CountsBothEndsOnly()
    {
        SpendEntry Row(int day, decimal cost) =>
            new() { InitiativeId = "I1", Date = new DateOnly(2026, 11, day), Category = SpendCategory.Cloud, Cost = cost };

        var total = SpendCalculator.Total([Row(1, 1m), Row(2, 10m), Row(15, 100m), Row(16, 1000m)],
            new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 15));

        Assert.Equal(110m, total);
    }

    [Fact]
    public void MonthTotals_RowsInThreeMonths_OldestFirstBeforeTheGivenMonthOnly()
    {
        SpendEntry Row(int month, int day, decimal cost) =>
            new() { InitiativeId = "I1", Date = new DateOnly(2026, month, day), Category = SpendCategory.Cloud, Cost = cost };

        var totals = SpendCalculator.MonthTotals(
            [Row(10, 31, 5m), Row(9, 1, 1m), Row(10, 1, 2m), Row(11, 1, 99m)], new DateOnly(2026, 11, 1)).ToList();

        Assert.Equal([(new DateOnly(2026, 9, 1), 1m), (new DateOnly(2026, 10, 1), 7m)], totals);
    }
}
