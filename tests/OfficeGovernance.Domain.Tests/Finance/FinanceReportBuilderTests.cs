using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Tests.Builders;

namespace OfficeGovernance.Domain.Tests.Finance;

public class FinanceReportBuilderTests
{
    private const string Approver = "finance@example.com";
    private static readonly DateOnly AsOf = ReviewDates.AsOf;

    private static FinanceReport Build(PortfolioBuilder portfolio, ChainBuilder? chain = null, int months = 12)
    {
        chain ??= new ChainBuilder();
        return FinanceReportBuilder.Build(portfolio.Build(), chain.Entries, chain.Verification, AsOf, months);
    }

    private static PortfolioBuilder OneInitiative(Func<InitiativeBuilder, InitiativeBuilder>? change = null) =>
        new PortfolioBuilder().With((change ?? (b => b))(new InitiativeBuilder("I1").Overage(Approver, 500m)));

    [Fact]
    public void Build_DefaultMonths_AsOfMonthAndElevenBefore()
    {
        var report = Build(OneInitiative());
        Assert.Equal(new DateOnly(2025, 12, 1), report.PeriodStart);
        Assert.Equal(new DateOnly(2026, 11, 1), report.Months[^1]);
        Assert.Equal(12, report.InitiativeMonths.Count);
        Assert.Single(report.AsOfMonth);
    }

    [Theory]
    [InlineData(2026, 9, 3, 3)]
    [InlineData(2026, 11, 20, 1)]
    [InlineData(2024, 1, 1, 12)]
    [InlineData(2025, 12, 31, 12)]
    [InlineData(2025, 11, 30, 12)]
    public void DefaultFor_FirstSpend_BackToItsMonthAtMostTwelve(int year, int month, int day, int expected)
    {
        var spend = OneInitiative().WithSpend("I1", new DateOnly(year, month, day), SpendCategory.Cloud, 10m)
            .WithSpend("I1", new DateOnly(2026, 12, 1), SpendCategory.Cloud, 10m).Build().Spend;
        Assert.Equal(expected, FinancePeriod.DefaultFor(AsOf, spend));
    }

    [Fact]
    public void DefaultFor_NoSpendUpToTheAsOfDate_TheAsOfMonthAlone() =>
        Assert.Equal(1, FinancePeriod.DefaultFor(AsOf, OneInitiative().WithSpend("I1", new DateOnly(2026, 11, 21), SpendCategory.Cloud, 1m).Build().Spend));

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    public void Build_MonthsOutOfRange_Throws(int months)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Build(OneInitiative(), months: months));
        Assert.Contains("--months", error.Message);
    }

    [Fact]
    public void Build_StaffTimeHoursTimesRate_SummedPerInitiativeMonthAndCategory()
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 10, 3), SpendCategory.StaffTime, 10m * 85.5m)
            .WithSpend("I1", new DateOnly(2026, 10, 9), SpendCategory.StaffTime, 120.25m)
            .WithSpend("I1", new DateOnly(2026, 10, 9), SpendCategory.Cloud, 40m);
        var report = Build(portfolio);
        var staff = Assert.Single(report.Facts, f => f.Category == SpendCategory.StaffTime);
        Assert.Equal(975.25m, staff.Cost);
        Assert.Equal(2, staff.Rows);
        Assert.Equal(new DateOnly(2026, 10, 1), staff.Month);
        var october = report.InitiativeMonths.Single(m => m.Month == new DateOnly(2026, 10, 1));
        Assert.Equal(1015.25m, october.Spend);
        Assert.Null(october.Forecast);
    }

    [Fact]
    public void Build_RowsOutsidePeriodAndRetired_ReconcileToTheCentWithSpendTable()
    {
        var portfolio = OneInitiative()
            .With(new InitiativeBuilder("OLD").WithStatus(InitiativeStatus.Retired))
            .WithSpend("I1", new DateOnly(2025, 11, 30), SpendCategory.Software, 10.01m)
            .WithSpend("I1", new DateOnly(2025, 12, 1), SpendCategory.Software, 20.02m)
            .WithSpend("I1", new DateOnly(2026, 11, 20), SpendCategory.Cloud, 30.03m)
            .WithSpend("I1", new DateOnly(2026, 11, 21), SpendCategory.Cloud, 40.04m)
            .WithSpend("OLD", new DateOnly(2026, 6, 2), SpendCategory.ModelUsage, 50.05m);
        var report = Build(portfolio);
        var r = report.Reconciliation;
        Assert.Equal((5, 150.15m), (r.SpendRows, r.SpendTotal));
        Assert.Equal((1, 10.01m), (r.BeforeRows, r.BeforeTotal));
        Assert.Equal((1, 40.04m), (r.AfterRows, r.AfterTotal));
        Assert.Equal((3, 100.10m), (r.InPeriodRows, r.InPeriodTotal));
        Assert.Equal((1, 50.05m), (r.RetiredRows, r.RetiredTotal));
        // Both ways: the facts and the initiative months each sum to the rows in the period.
        Assert.Equal(r.InPeriodTotal, report.Facts.Sum(f => f.Cost));
        Assert.Equal(r.InPeriodTotal, report.InitiativeMonths.Sum(m => m.Spend));
        Assert.Equal(r.SpendTotal, r.InPeriodTotal + r.BeforeTotal + r.AfterTotal);
        Assert.Equal(portfolio.Build().Spend.Sum(s => s.Cost), r.SpendTotal);
    }

    [Fact]
    public void Build_RetiredInitiative_InFactsButNoExceptions()
    {
        var portfolio = new PortfolioBuilder().With(new InitiativeBuilder("OLD").AtStage(Stage.Retired).Cap(10m))
            .WithSpend("OLD", new DateOnly(2026, 11, 2), SpendCategory.Software, 500m);
        var report = Build(portfolio);
        Assert.Equal(InitiativeStatus.Retired, Assert.Single(report.Facts).Status);
        Assert.Empty(report.Exceptions);
    }

    [Theory]
    [InlineData(ApproverSource.Typed, Approver + " (typed)")]
    [InlineData(ApproverSource.SignedIn, Approver)]
    [InlineData(ApproverSource.Token, Approver)]
    [InlineData(null, Approver)]
    public void Build_OverageApproverCell_SaysTypedOnlyForATypedApprover(ApproverSource? source, string shown)
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 9, 10), SpendCategory.StaffTime, 1500m);
        var chain = new ChainBuilder().Overage(Approver, 500m, new DateOnly(2026, 9, 20), source: source);
        var september = Build(portfolio, chain).InitiativeMonths.Single(m => m.Month == new DateOnly(2026, 9, 1));
        Assert.Equal(shown, september.Overage.Approver);
        Assert.True(september.Overage.Approved);
    }

    [Fact]
    public void Build_ExcessWithinLimitApprovedByOverageApprover_WithinOverageLimit()
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 9, 10), SpendCategory.StaffTime, 1500m);
        var chain = new ChainBuilder().Overage(Approver, 500m, new DateOnly(2026, 9, 20));
        var september = Build(portfolio, chain).InitiativeMonths.Single(m => m.Month == new DateOnly(2026, 9, 1));
        Assert.Equal(500m, september.OverCap);
        Assert.Equal(OverageOutcome.WithinOverageLimit, september.Overage.Status);
        Assert.Equal((Approver, 500m, new DateOnly(2026, 9, 20)), (september.Overage.Approver, september.Overage.Amount, september.Overage.Date));
        Assert.True(september.Overage.Approved);
    }

    [Fact]
    public void Build_DecisionInAnotherMonth_DoesNotCoverPastMonth()
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 9, 10), SpendCategory.StaffTime, 1500m);
        var chain = new ChainBuilder().Overage(Approver, 500m, new DateOnly(2026, 10, 1));
        var report = Build(portfolio, chain);
        var september = report.InitiativeMonths.Single(m => m.Month == new DateOnly(2026, 9, 1));
        Assert.Equal(OverageOutcome.NotApproved, september.Overage.Status);
        var exception = Assert.Single(report.Exceptions, e => e.Kind == FinanceExceptionKind.OverCapWithoutApproval);
        Assert.Equal(500m, exception.Amount);
    }

    [Fact]
    public void Build_ExcessAboveLimitApprovedByRights_WithinDecisionRights()
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.StaffTime, 1800m)
            .WithRight(DecisionType.Overage, "cfo@example.com", "*", 1000m);
        var chain = new ChainBuilder().Overage("cfo@example.com", 800m, new DateOnly(2026, 11, 3));
        var november = Build(portfolio, chain).AsOfMonth.Single();
        Assert.Equal(OverageOutcome.WithinDecisionRights, november.Overage.Status);
        Assert.Equal("cfo@example.com", november.Overage.Approver);
    }

    [Fact]
    public void Build_BrokenChain_ApprovalAfterBreakIsUnverifiedNeverApproved()
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.StaffTime, 1400m)
            .WithSpend("I1", new DateOnly(2026, 10, 2), SpendCategory.StaffTime, 1300m);
        var chain = new ChainBuilder()
            .Overage(Approver, 300m, new DateOnly(2026, 10, 5))
            .Overage(Approver, 400m, new DateOnly(2026, 11, 5))
            .Tamper(1, 350m);
        var report = Build(portfolio, chain);
        Assert.False(report.Log.IsIntact);
        Assert.Equal((2, 0), (report.Log.EntryCount, report.Log.VerifiedCount));
        var covers = report.InitiativeMonths.Where(m => m.OverCap > 0).Select(m => m.Overage).ToArray();
        Assert.Equal(2, covers.Length);
        Assert.All(covers, c => Assert.Equal(OverageOutcome.Unverified, c.Status));
        Assert.All(covers, c => Assert.False(c.Approved));
        Assert.Equal(2, report.Exceptions.Count(e => e.Kind == FinanceExceptionKind.OverCapWithoutApproval));
    }

    [Fact]
    public void Build_ChainBrokenAtSecondEntry_FirstStillApproves()
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 10, 2), SpendCategory.StaffTime, 1300m)
            .WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.StaffTime, 1400m);
        var chain = new ChainBuilder()
            .Overage(Approver, 300m, new DateOnly(2026, 10, 5))
            .Overage(Approver, 400m, new DateOnly(2026, 11, 5))
            .Tamper(2, 450m);
        var report = Build(portfolio, chain);
        Assert.Equal(1, report.Log.VerifiedCount);
        Assert.Equal(OverageOutcome.WithinOverageLimit, report.InitiativeMonths.Single(m => m.Month.Month == 10).Overage.Status);
        Assert.Equal(OverageOutcome.Unverified, report.AsOfMonth.Single().Overage.Status);
    }

    [Fact]
    public void Build_ForecastOverCapNotYetOver_ForecastException()
    {
        // 800 by the 20th of a 30-day month forecasts 1,200 against a 1,000 cap.
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.StaffTime, 800m);
        var report = Build(portfolio);
        var month = report.AsOfMonth.Single();
        Assert.Equal(1200m, month.Forecast);
        var exception = Assert.Single(report.Exceptions);
        Assert.Equal((FinanceExceptionKind.ForecastOverCap, 200m), (exception.Kind, exception.Amount));
    }

    [Fact]
    public void Build_SpendWithoutStaffTime_StaffTimeMissing()
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 8, 4), SpendCategory.ModelUsage, 80m);
        var exception = Assert.Single(Build(portfolio).Exceptions);
        Assert.Equal(FinanceExceptionKind.StaffTimeMissing, exception.Kind);
        Assert.Equal(new DateOnly(2026, 8, 1), exception.Month);
    }

    [Fact]
    public void Build_ZeroCapWithSpend_OverCapNoCapUsed()
    {
        var portfolio = OneInitiative(b => b.Cap(0m)).WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.StaffTime, 5m);
        var month = Build(portfolio).AsOfMonth.Single();
        Assert.Null(month.CapUsed);
        Assert.Equal(5m, month.OverCap);
    }

    [Fact]
    public void Build_PastMonthOverageDecidedAfterTheMonthNamingIt_ApprovedFromItsDayOn()
    {
        var portfolio = OneInitiative().WithSpend("I1", new DateOnly(2026, 10, 9), SpendCategory.StaffTime, 1300m);
        var chain = new ChainBuilder().Overage(Approver, 300m, new DateOnly(2026, 11, 19), month: new DateOnly(2026, 10, 1));
        var october = Build(portfolio, chain).InitiativeMonths.Single(m => m.Month == new DateOnly(2026, 10, 1));
        Assert.Equal(OverageOutcome.WithinOverageLimit, october.Overage.Status);
        var before = FinanceReportBuilder.Build(portfolio.Build(), chain.Entries, chain.Verification, new DateOnly(2026, 11, 18));
        var open = Assert.Single(before.Exceptions, e => e.Kind == FinanceExceptionKind.OverCapWithoutApproval);
        Assert.Equal(new DateOnly(2026, 10, 1), open.Month);
        Assert.Equal(300m, open.Amount);
        Assert.StartsWith("2026-10:", open.Message);
    }
}
