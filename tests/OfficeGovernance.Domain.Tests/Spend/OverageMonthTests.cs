using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Spend;

/// <summary>Overages by month (docs/rules.md#overage): October is 80.00 over its cap, the review is in November.</summary>
public class OverageMonthTests
{
    private const string Finance = "finance@example.com";
    private static readonly DateOnly October = new(2026, 10, 1);

    private static PortfolioBuilder OctoberOverBy(decimal excess) =>
        PortfolioBuilder.Healthy("I1", b => b.Overage(Finance, 100m))
            .WithSpend("I1", new DateOnly(2026, 10, 12), SpendCategory.StaffTime, 400m)
            .WithSpend("I1", new DateOnly(2026, 10, 20), SpendCategory.Software, 600m + excess);

    private static DecisionEntry Overage(int month, int day, decimal amount, DateOnly? covers = null, string by = Finance) =>
        new DecisionBuilder(DecisionType.Overage, by).Amount(amount)
            .At(new DateTimeOffset(2026, month, day, 12, 0, 0, TimeSpan.Zero))
            .With(d => d with { Month = covers }).Build();

    [Fact]
    public void Review_PastMonthOverCapWithoutDecision_OpenInReasonsFlagsAndNotExpand()
    {
        var review = OctoberOverBy(80m).ReviewFirst();
        var open = Assert.Single(review.Spend.OpenOverruns);
        Assert.Equal(October, open.Month);
        Assert.Equal(80m, open.Excess);
        Assert.Equal(Verdict.Continue, review.Verdict);
        Assert.StartsWith("cannot Expand until it is covered: open overrun in 2026-10: spend 1,080.00 USD was over the cap " +
                          "1,000.00 USD by 80.00 USD", review.Reasons[0]);
        Assert.Contains(review.Flags, f => f.StartsWith("open overrun in 2026-10", StringComparison.Ordinal));
        Assert.Equal(Rag.Red, review.Layers.Economics);
    }

    [Fact]
    public void Review_DecidedOnLastDayOfTheMonthWithoutMonth_CoversThatMonth()
    {
        var review = OctoberOverBy(80m).ReviewFirst(null, Overage(10, 31, 80m));
        Assert.Empty(review.Spend.OpenOverruns);
        Assert.Equal(Verdict.Expand, review.Verdict);
    }

    [Fact]
    public void Review_DecidedOnFirstOfNextMonthWithoutMonth_CoversThatMonthNotThePastOne()
    {
        var review = OctoberOverBy(80m).ReviewFirst(null, Overage(11, 1, 80m));
        Assert.Equal(October, Assert.Single(review.Spend.OpenOverruns).Month);
        Assert.Contains("no Overage decision for 2026-10", review.Spend.OpenOverruns[0].Note);
        Assert.NotEqual(Verdict.Expand, review.Verdict);
    }

    [Fact]
    public void Review_DecidedOnFirstOfNextMonthNamingThePastMonth_CoversAndSaysWho()
    {
        var review = OctoberOverBy(80m).ReviewFirst(null, Overage(11, 1, 80m, October));
        Assert.Empty(review.Spend.OpenOverruns);
        Assert.Equal(Verdict.Expand, review.Verdict);
        Assert.Contains("the 2026-10 overrun of 80.00 USD (spend 1,080.00 USD over the cap 1,000.00 USD) is covered: overage " +
                        "of 80.00 USD approved by finance@example.com on 2026-11-01 for 2026-10", review.Reasons[^1]);
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void Review_DecisionLoggedAfterTheMonthEnded_CountsFromItsDayOn(int loggedOnNovember, bool covered)
    {
        var review = OctoberOverBy(80m).ReviewFirst(ReviewDates.AsOf, Overage(11, loggedOnNovember, 100m, October));
        Assert.Equal(covered, review.Spend.OpenOverruns.Count == 0);
        Assert.Equal(covered ? Verdict.Expand : Verdict.Continue, review.Verdict);
    }

    [Fact]
    public void Review_PartialCover_StaysOpenNamingTheDecisionThatCoversOnlyPart()
    {
        var review = OctoberOverBy(80m).ReviewFirst(null, Overage(11, 2, 50m, October));
        var open = Assert.Single(review.Spend.OpenOverruns);
        Assert.Equal(80m, open.Excess);
        Assert.Contains("covers only part of it", open.Note);
        Assert.Contains("50.00 USD", open.Note);
    }

    [Fact]
    public void Review_TwoPartialDecisionsForOneMonth_AmountsAreNotAddedUp()
    {
        var review = OctoberOverBy(80m).ReviewFirst(null, Overage(11, 2, 50m, October), Overage(11, 3, 50m, October));
        Assert.Single(review.Spend.OpenOverruns);
    }

    [Fact]
    public void Review_TwoDecisionsForTwoMonths_EachCoversOnlyItsOwn()
    {
        var builder = OctoberOverBy(80m)
            .WithSpend("I1", new DateOnly(2026, 9, 10), SpendCategory.StaffTime, 1000m)
            .WithSpend("I1", new DateOnly(2026, 9, 11), SpendCategory.Cloud, 90m);
        var oneDecision = builder.ReviewFirst(null, Overage(11, 2, 100m, October));
        Assert.Equal(new DateOnly(2026, 9, 1), Assert.Single(oneDecision.Spend.OpenOverruns).Month);
        var both = builder.ReviewFirst(null, Overage(11, 2, 100m, October), Overage(11, 3, 90m, new DateOnly(2026, 9, 1)));
        Assert.Empty(both.Spend.OpenOverruns);
        Assert.Equal(Verdict.Expand, both.Verdict);
    }

    [Fact]
    public void Review_DecisionNamingNextMonth_DoesNotCoverTheAsOfMonth()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.Overage(Finance, 100m))
            .WithSpend("I1", new DateOnly(2026, 11, 12), SpendCategory.ModelUsage, 550m)
            .ReviewFirst(null, Overage(11, 12, 100m, new DateOnly(2026, 12, 1)));
        Assert.True(review.Spend.OverCap);
        Assert.False(review.Spend.OverageApproved);
        Assert.Equal(Verdict.Pause, review.Verdict);
    }

    [Fact]
    public void Review_OpenOverrunOnAPausedVerdict_ListedAfterThePauseReasons()
    {
        var review = OctoberOverBy(80m).WithSpend("I1", new DateOnly(2026, 11, 12), SpendCategory.ModelUsage, 550m).ReviewFirst();
        Assert.Equal(Verdict.Pause, review.Verdict);
        Assert.StartsWith("open overrun in 2026-10", review.Reasons[^1]);
    }

    [Theory]
    [InlineData("2026-11", 2026, 11)]
    [InlineData(" 2026-01 ", 2026, 1)]
    public void Parse_YearDashMonth_FirstDay(string text, int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), OverageMonth.Parse(text, "--month"));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-11-01")]
    [InlineData("11/2026")]
    [InlineData("")]
    public void Parse_NotAMonth_FormatExceptionNamingTheSource(string text)
    {
        var error = Assert.Throws<FormatException>(() => OverageMonth.Parse(text, "--month"));
        Assert.StartsWith("--month:", error.Message);
    }
}
