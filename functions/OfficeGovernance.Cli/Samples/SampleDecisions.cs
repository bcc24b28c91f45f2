using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Samples;

/// <summary>
/// The decisions shipped in <c>samples/portfolio.xlsx.decisions.jsonl</c>: they make the logged-approval stop
/// condition and the overage approval real (a High-risk launch approved by an entitled approver, another by someone
/// who was not, an overage covered by the finance lead), plus routine decisions of the review weeks.
/// </summary>
public static class SampleDecisions
{
    /// <summary>The decisions for a generated workbook, in time order (timestamps UTC).</summary>
    public static IReadOnlyList<DecisionDraft> For(IReadOnlyList<SamplePlanItem> plan, PortfolioWorkbook workbook, DateOnly asOf)
    {
        string Id(SampleScenario s) => plan.First(p => p.Scenario == s).Id;
        var overageId = Id(SampleScenario.ExpandWithApprovedOverage);
        var overage = Excess(workbook, overageId, asOf);
        var n = 0;
        DecisionDraft Draft(string initiative, DecisionType type, string by, DateTimeOffset at, string what, string why) => new()
        {
            DecisionId = $"0000sample{++n:D4}",
            Timestamp = at, InitiativeId = initiative, DecisionType = type, WhatChanged = what, Why = why,
            ApprovedBy = by, RequestedBy = SamplePeople.PortfolioLead,
        };

        return
        [
            Draft(Id(SampleScenario.Retired), DecisionType.Retire, SamplePeople.Cto, At(2026, 8, 28, 15),
                "Retired the forecasting model", "Superseded by the agency's statistical forecasts") with { CostEffect = -1_800m },
            Draft(Id(SampleScenario.ExpandApprovedHighRisk), DecisionType.Launch, SamplePeople.Ciso, At(2026, 9, 2, 14),
                "Launched access reviews with permission changes under two-person approval",
                "Security signed off the change process and the rollback drill") with { RiskEffect = RiskEffect.Raised, RiskNote = "Changes permissions" },
            Draft(Id(SampleScenario.PauseUnapprovedChange), DecisionType.Launch, SamplePeople.DeliveryManager, At(2026, 9, 9, 16),
                "Launched ticket routing", "Rated Medium at the time; routing later gained permission changes")
                with { RiskEffect = RiskEffect.Raised, RiskNote = "Routing updates records" },
            Draft(Id(SampleScenario.Expand), DecisionType.Expand, SamplePeople.Cto, At(2026, 10, 16, 13),
                "Expanded cloud masking to a second satellite feed", "Two cycles at target with controls in place") with { CostEffect = 2_500m },
            Draft(Id(SampleScenario.ContinueForecastOverCap), DecisionType.RollbackDrill, SamplePeople.OpsLead, At(2026, 10, 23, 18),
                "Rollback drill: hosting switched to the fallback in 40 minutes", "Quarterly drill"),
            Draft(Id(SampleScenario.PausedStatus), DecisionType.Pause, SamplePeople.Cto, At(2026, 11, 2, 15),
                "Paused portfolio evaluation runs", "Waiting for the new rate case data") with { CostEffect = -3_000m },
            Draft(Id(SampleScenario.StopStatus), DecisionType.Stop, SamplePeople.Cto, At(2026, 11, 10, 17),
                "Stopped generative fill in the design suite", "Licensing terms do not allow the use") with { CostEffect = -1_200m },
            Draft(Id(SampleScenario.FixRetry), DecisionType.Fix, SamplePeople.PortfolioLead, At(2026, 11, 17, 14),
                "Retrain the workload classifier on FY26 solicitations", "Handle time slipped out of target"),
            Draft(overageId, DecisionType.Overage, SamplePeople.Cfo, At(2026, 11, 18, 20),
                "Approved the November surge support overage", "Comment period closes this month") with { Amount = overage, CostEffect = overage },
        ];
    }

    private static DateTimeOffset At(int year, int month, int day, int hourUtc) => new(year, month, day, hourUtc, 0, 0, TimeSpan.Zero);

    private static decimal Excess(PortfolioWorkbook workbook, string id, DateOnly asOf)
    {
        var first = new DateOnly(asOf.Year, asOf.Month, 1);
        var mtd = workbook.Spend.Where(s => s.InitiativeId == id && s.Date >= first && s.Date <= asOf).Sum(s => s.Cost);
        var cap = workbook.Initiatives.Single(i => i.Id == id).MonthlyBudgetCap;
        return Math.Ceiling(Math.Max(0, mtd - cap) / 100m) * 100m;
    }
}
