using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class ExpandControlCheckerTests
{
    [Fact]
    public void Check_Healthy_AllPass() => Assert.True(PortfolioBuilder.Healthy().ReviewFirst().Controls.AllPass);

    [Fact]
    public void Check_StopAuthorityBlank_Fails()
    {
        var controls = PortfolioBuilder.Healthy("I1", b => b.With(i => i with { StopAuthority = null })).ReviewFirst().Controls;
        Assert.False(controls.StopAuthority.Passed);
        Assert.True(controls.FullCost.Passed);
    }

    [Fact]
    public void Check_OnlyStaffTime_FullCostFails()
    {
        var controls = PortfolioBuilder.Healthy().WithoutSpend("I1")
            .WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.StaffTime, 100m).ReviewFirst().Controls;
        Assert.False(controls.FullCost.Passed);
        Assert.Contains("no spend in a category other than Staff time this month", controls.FullCost.Message);
    }

    [Fact]
    public void Check_NoStaffTime_FullCostFails()
    {
        var controls = PortfolioBuilder.Healthy().WithoutSpend("I1")
            .WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.Software, 100m)
            .WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.Cloud, 100m).ReviewFirst().Controls;
        Assert.False(controls.FullCost.Passed);
        Assert.Contains("no Staff time spend this month", controls.FullCost.Message);
    }

    [Fact]
    public void Check_StaffTimeOnLastDayOfPreviousMonth_DoesNotCount()
    {
        var controls = PortfolioBuilder.Healthy().WithoutSpend("I1")
            .WithSpend("I1", new DateOnly(2026, 10, 31), SpendCategory.StaffTime, 100m)
            .WithSpend("I1", new DateOnly(2026, 11, 1), SpendCategory.Software, 100m).ReviewFirst().Controls;
        Assert.False(controls.FullCost.Passed);
    }

    [Fact]
    public void Check_SpendAfterAsOf_DoesNotCount()
    {
        var controls = PortfolioBuilder.Healthy().WithoutSpend("I1")
            .WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.StaffTime, 100m)
            .WithSpend("I1", new DateOnly(2026, 11, 21), SpendCategory.Software, 100m).ReviewFirst().Controls;
        Assert.False(controls.FullCost.Passed);
    }

    [Fact]
    public void Check_CapZero_FullCostFails()
    {
        var controls = PortfolioBuilder.Healthy("I1", b => b.Cap(0)).ReviewFirst().Controls;
        Assert.False(controls.FullCost.Passed);
        Assert.Contains("no monthly budget cap set", controls.FullCost.Message);
    }

    [Theory]
    [InlineData(90, true)]
    [InlineData(91, false)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void Check_DrillAge_RollbackReadyWithinNinetyDaysInclusive(int daysBeforeAsOf, bool passes)
    {
        var drill = ReviewDates.AsOf.AddDays(-daysBeforeAsOf);
        var controls = PortfolioBuilder.Healthy("I1", b => b.Drill(drill)).ReviewFirst().Controls;
        Assert.Equal(passes, controls.RollbackReady.Passed);
    }

    [Fact]
    public void Check_NeverDrilled_RollbackNotReady()
    {
        var controls = PortfolioBuilder.Healthy("I1", b => b.Drill(null)).ReviewFirst().Controls;
        Assert.Equal("the team cannot return to the old process this week: no rollback drill recorded",
            controls.RollbackReady.Message);
    }

    [Theory]
    [InlineData("RollbackPlan")]
    [InlineData("FallbackProcess")]
    [InlineData("FallbackOwner")]
    public void Check_RollbackFieldBlank_RollbackNotReady(string field)
    {
        var controls = PortfolioBuilder.Healthy("I1", b => b.With(i => field switch
        {
            "RollbackPlan" => i with { RollbackPlan = null },
            "FallbackProcess" => i with { FallbackProcess = " " },
            _ => i with { FallbackOwner = null },
        })).ReviewFirst().Controls;
        Assert.False(controls.RollbackReady.Passed);
        Assert.Contains($"no {field}", controls.RollbackReady.Message);
    }

    private static readonly DateOnly FirstDays = new(2026, 12, 2);

    [Fact]
    public void Check_AsOfMonthWithoutSpendRows_JudgesPreviousMonthAndSaysSo()
    {
        // Healthy books staff time and software in November; as of 2 December nothing is booked yet.
        var controls = PortfolioBuilder.Healthy().ReviewFirst(FirstDays).Controls;
        Assert.True(controls.FullCost.Passed);
        Assert.Equal(
            "finance sees the full monthly cost (categories in 2026-11: Software, Staff time; "
            + "2026-11 judged because 2026-12 has no spend rows yet)",
            controls.FullCost.Message);
    }

    [Fact]
    public void Check_AsOfMonthWithoutSpendRows_PreviousMonthIncompleteFailsNamingIt()
    {
        var controls = PortfolioBuilder.Healthy().WithoutSpend("I1")
            .WithSpend("I1", new DateOnly(2026, 11, 30), SpendCategory.StaffTime, 100m)
            .ReviewFirst(FirstDays).Controls;
        Assert.False(controls.FullCost.Passed);
        Assert.Equal(
            "finance does not see the full monthly cost: no spend in a category other than Staff time in 2026-11 "
            + "(categories in 2026-11: Staff time; 2026-11 judged because 2026-12 has no spend rows yet)",
            controls.FullCost.Message);
    }

    [Fact]
    public void Check_OneSpendRowInAsOfMonth_AsOfMonthJudgedNotThePrevious()
    {
        var controls = PortfolioBuilder.Healthy()
            .WithSpend("I1", new DateOnly(2026, 12, 1), SpendCategory.Cloud, 10m)
            .ReviewFirst(FirstDays).Controls;
        Assert.False(controls.FullCost.Passed);
        Assert.Contains("no Staff time spend this month (categories this month: Cloud)", controls.FullCost.Message);
    }

    [Fact]
    public void Check_SpendAfterAsOfOnly_PreviousMonthJudged()
    {
        // A row dated after as-of is not booked yet as of that day.
        var controls = PortfolioBuilder.Healthy()
            .WithSpend("I1", new DateOnly(2026, 12, 15), SpendCategory.Cloud, 10m)
            .ReviewFirst(FirstDays).Controls;
        Assert.True(controls.FullCost.Passed);
        Assert.Contains("2026-11 judged", controls.FullCost.Message);
    }

    [Fact]
    public void Check_NoSpendInEitherMonth_FailsOnPreviousMonth()
    {
        var controls = PortfolioBuilder.Healthy().WithoutSpend("I1").ReviewFirst().Controls;
        Assert.False(controls.FullCost.Passed);
        Assert.Contains("no Staff time spend in 2026-10", controls.FullCost.Message);
        Assert.Contains("(categories in 2026-10: none; 2026-10 judged because 2026-11 has no spend rows yet)", controls.FullCost.Message);
    }

    [Fact]
    public void FullCostMonth_JanuaryWithoutSpend_IsPreviousDecember()
    {
        var facts = new InitiativeFacts
        {
            Initiative = new InitiativeBuilder().Build(),
            Settings = new PortfolioSettings(),
            AsOf = new DateOnly(2027, 1, 3),
            Classification = OfficeGovernance.Domain.Classification.RiskClassifier.Classify(
                OfficeGovernance.Domain.Classification.RiskInputs.From(new InitiativeBuilder().Build())),
            History = new ScorecardHistory([], new DateOnly(2027, 1, 3), trendPeriods: VerdictRules.TrendPeriods),
        };
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), ExpandControlChecker.FullCostMonth(facts));
    }
}
