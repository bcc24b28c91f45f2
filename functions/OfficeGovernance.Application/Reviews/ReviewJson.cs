using System.Text.Json.Serialization;
using System.Text.Json;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Reviews;

/// <summary>
/// The review JSON of docs/rules.md#http-api-contract. Money is a JSON number in the workbook currency, capUsed a fraction
/// (1 = 100%), dates yyyy-mm-dd in the workbook time zone, reviewedAt UTC; enum values are their workbook labels.
/// Fields added to the section 5 shape: nextDecision.waitingBecause (null when no decision is due) and atStake (money),
/// portfolio.decisionsDue (initiative ids in due order, docs/rules.md#next-decision-and-flags).
/// </summary>
public static class ReviewJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The review as one indented JSON object.</summary>
    public static string Serialize(PortfolioReview review) => JsonSerializer.Serialize(ToDocument(review), Options);

    /// <summary>The review as the JSON document's object graph (for hosts that serialize it themselves).</summary>
    /// <param name="review">The review.</param>
    /// <param name="withSheet">
    /// True to add the Review table as the system writes it, layout and rows (<see cref="SheetTable"/>, ADR 0031): the
    /// HTTP answer the add-in writes into the workbook. The command line's JSON leaves it out.
    /// </param>
    public static ReviewDocument ToDocument(PortfolioReview review, bool withSheet = false) => new(
        review.AsOf.ToString("yyyy-MM-dd"),
        review.Currency,
        review.ReviewedAt.UtcDateTime,
        review.Initiatives.Select(ToInitiative).ToArray(),
        new PortfolioDocument(
            review.Portfolio.MonthToDate,
            review.Portfolio.Cap,
            review.Portfolio.VerdictCounts.ToDictionary(p => p.Key.ToString(), p => p.Value),
            review.Portfolio.KillOrMergeCandidates.Select(c => new KillOrMergeDocument(
                c.InitiativeId, c.MetricsAtSuccess, c.MetricCount, c.SuccessShare, c.MonthToDate, c.Value, c.Reason)).ToArray(),
            review.Portfolio.AgentsOutsidePortfolio.Select(OutsideAgent).ToArray(),
            NextDecisionPlanner.DecisionsDue(review.Initiatives).Select(r => r.Initiative.Id).ToArray()),
        withSheet ? SheetTable.Of(SystemTables.Review(review), null) : null);

    private static OutsideAgentDocument OutsideAgent(OutsideAgent o) => new(
        o.Agent.Id, o.Agent.Name, o.Agent.EntraObjectId, o.Agent.Owner, o.Agent.KillSwitchOwner,
        o.Agent.Status is { } status ? EnumLabels<AgentStatus>.Label(status) : null,
        o.StopCondition is { } stop ? [new StopConditionDocument(stop.Kind.ToString(), stop.Message)] : []);

    private static InitiativeDocument ToInitiative(InitiativeReview r) => new(
        r.Initiative.Id,
        r.Initiative.Name,
        r.Initiative.Owner,
        EnumLabels<Stage>.Label(r.Initiative.Stage),
        r.RiskLevel.ToString(),
        r.RiskLevelClassified,
        r.Verdict.ToString(),
        r.Reasons,
        r.StopConditions.Select(s => new StopConditionDocument(s.Kind.ToString(), s.Message)).ToArray(),
        new ControlsDocument(Control(r.Controls.StopAuthority), Control(r.Controls.FullCost), Control(r.Controls.RollbackReady)),
        new LayersDocument(r.Layers.Workflow.ToString(), r.Layers.Policy.ToString(), r.Layers.Context.ToString(),
            r.Layers.Evaluation.ToString(), r.Layers.Economics.ToString()),
        new SpendDocument(r.Spend.MonthToDate, r.Spend.Cap, r.Spend.CapUsed, r.Spend.Forecast, r.Spend.OverCap,
            r.Spend.OverageApproved, r.Spend.OverageNote),
        new NextDecisionDocument(EnumLabels<DecisionType>.Label(r.NextDecision.Type), r.NextDecision.Due.ToString("yyyy-MM-dd"),
            r.NextDecision.Approvers, r.NextDecision.WaitingBecause, r.NextDecision.AtStake),
        r.Flags);

    private static ControlDocument Control(ControlResult c) => new(c.Passed, c.Message);
}
