using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Classification;

/// <summary>The rollout rules for a risk level (docs/rules.md#risk-classifier), in words.</summary>
/// <param name="ApprovalCheckpoint">Who approves what, before it takes effect.</param>
/// <param name="Logging">What is logged and how long it is kept.</param>
/// <param name="RollbackPath">How the team gets back to the old way.</param>
/// <param name="SuccessMetric">The success metric requirement (required at every level).</param>
/// <param name="StaysHuman">What must stay with a person.</param>
public sealed record RolloutRules(
    string ApprovalCheckpoint, string Logging, string RollbackPath, string SuccessMetric, string StaysHuman)
{
    /// <summary>The rules of <paramref name="level"/>; Unassessed gets the High rules until the work is described.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static RolloutRules For(RiskLevel level) => level switch
    {
        RiskLevel.Low => new(
            "the owner spot-checks outputs weekly",
            "a weekly sample of outputs",
            "an off switch",
            "required: a named success metric with stop and success thresholds",
            "deciding what is kept and anything that leaves the team"),
        RiskLevel.Medium => new(
            "a person approves before anything leaves the team",
            "every output sent, kept 90 days",
            "a documented fallback process",
            "required: a named success metric with stop and success thresholds",
            "approving each output that reaches customers or changes a team workflow"),
        RiskLevel.High => new(
            "a named approver signs off each change; two people for permissions, billing or production",
            "every input, output and action, kept one year",
            "a fallback process plus a rollback drill before launch",
            "required: a named success metric with stop and success thresholds",
            "signing off each change, and security decisions, public claims and regulated content"),
        // Until someone describes the work, it is rolled out as if it were High: no evidence is never read as low risk.
        RiskLevel.Unassessed => For(RiskLevel.High) with
        {
            ApprovalCheckpoint = "not assessed: describe the use case or set RiskLevel; until then, as High: " +
                                 For(RiskLevel.High).ApprovalCheckpoint,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown risk level."),
    };
}
