using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Finds every stop condition that holds for an initiative (docs/rules.md#stop-conditions). Agents with
/// status Paused or Retired are ignored; only active agents (Pilot, Production or blank) can trigger a condition,
/// including the permissions/billing/production one.
/// </summary>
public static class StopConditionFinder
{
    /// <summary>The stop conditions that hold, in the order docs/rules.md#stop-conditions lists them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static IReadOnlyList<StopCondition> Find(InitiativeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var initiative = facts.Initiative;
        var active = facts.Agents.Where(IsActive).ToArray();
        var found = new List<StopCondition>();
        Add(found, StopConditionRules.NoOwner(initiative.Owner));
        Add(found, StopConditionRules.CustomerDataWithoutReview(initiative.DataTouched, initiative.HumanCheckpoint));
        Add(found, UnapprovedChange(facts, active));
        if (string.IsNullOrWhiteSpace(initiative.SuccessMetric) || facts.Metrics.Count == 0)
        {
            var missing = string.IsNullOrWhiteSpace(initiative.SuccessMetric)
                ? facts.Metrics.Count == 0 ? "no SuccessMetric and no Metrics rows" : "no SuccessMetric"
                : "no Metrics rows";
            found.Add(new StopCondition(StopConditionKind.SuccessNotMeasurable, $"success cannot be measured: {missing}"));
        }
        if (initiative.FailureVisibility == FailureVisibility.Invisible)
        {
            found.Add(new StopCondition(StopConditionKind.InvisibleFailure,
                "failure would be invisible: FailureVisibility is Invisible"));
        }
        foreach (var agent in active)
        {
            Add(found, AgentCondition(agent, facts.RiskLevel));
        }
        Add(found, StopConditionRules.RiskNotAssessed(facts.RiskLevel));
        return found;
    }

    /// <summary>
    /// The stop condition of an agent that belongs to no initiative (docs/rules.md#stop-conditions: an agent without an owner,
    /// kill-switch owner or rollback path keeps its stop condition, in the portfolio or outside it); null when it has
    /// none or is Paused or Retired. The High-risk autonomy rule needs an initiative's risk level, so it cannot hold.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="agent"/> is null.</exception>
    public static StopCondition? ForAgentOutsidePortfolio(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return IsActive(agent) ? AgentCondition(agent, riskLevel: null) : null;
    }

    /// <summary>True for an agent with status Pilot, Production or blank.</summary>
    public static bool IsActive(Agent agent) =>
        agent.Status is null or AgentStatus.Pilot or AgentStatus.Production;

    private static void Add(List<StopCondition> found, StopCondition? condition)
    {
        if (condition is not null)
        {
            found.Add(condition);
        }
    }

    private static StopCondition? UnapprovedChange(InitiativeFacts facts, IReadOnlyList<Agent> agents)
    {
        var sources = new List<string>();
        var own = StopConditionRules.HighImpactActions(facts.Initiative.Actions);
        if (own.Count > 0)
        {
            sources.Add($"Actions include {string.Join(", ", own)}");
        }
        foreach (var agent in agents)
        {
            var permissions = StopConditionRules.HighImpactActions(agent.Permissions);
            if (permissions.Count > 0)
            {
                sources.Add($"agent {agent.Id} may {string.Join(", ", permissions)}");
            }
        }
        if (sources.Count == 0)
        {
            return null;
        }
        var approved = facts.Decisions.Select(e => e.Decision).Any(d =>
            d.DecisionType is DecisionType.Launch or DecisionType.Exception &&
            AsOfDate.LocalDate(d.Timestamp, facts.Settings.TimeZone) <= facts.AsOf &&
            DecisionRightsChecker.Check(facts.Rights, d.DecisionType, d.ApprovedBy, facts.Initiative.Id, 0m,
                RiskLevel.High).Allowed);
        return approved
            ? null
            : new StopCondition(StopConditionKind.UnapprovedHighImpactChange,
                $"changes permissions, billing or production ({string.Join("; ", sources)}) without a logged Launch " +
                "or Exception decision by an approver entitled to High risk");
    }

    private static StopCondition? AgentCondition(Agent agent, RiskLevel? riskLevel)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(agent.Owner))
        {
            missing.Add("no owner");
        }
        if (string.IsNullOrWhiteSpace(agent.KillSwitchOwner))
        {
            missing.Add("no kill-switch owner");
        }
        if (string.IsNullOrWhiteSpace(agent.RollbackPath))
        {
            missing.Add("no rollback path");
        }
        if (riskLevel is { } level && RiskLevelRank.Ranked(level) == RiskLevel.High && agent.Autonomy is AgentAutonomy.Coordinator or AgentAutonomy.DomainCopilot &&
            agent.HumanApproval != true)
        {
            missing.Add($"a {EnumLabels<AgentAutonomy>.Label(agent.Autonomy.Value)} agent on a High-risk initiative " +
                        "works without HumanApproval");
        }
        return missing.Count == 0
            ? null
            : new StopCondition(StopConditionKind.AgentUncontrolled,
                $"agent {agent.Id} ({agent.Name}) is uncontrolled: {string.Join(", ", missing)}");
    }
}
