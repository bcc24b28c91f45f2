using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// Classifies a workflow's risk from structured inputs with the rule table <see cref="RiskRules.All"/>
/// (PRODUCT.md section 2, Risk classifier).
/// </summary>
public static class RiskClassifier
{
    /// <summary>
    /// The level (the highest any rule sets; Low when none matches), the inputs that decided it, the rollout rules
    /// for the level and the stop conditions that hold on the inputs alone.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public static RiskClassification Classify(RiskInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var matches = RiskRules.All
            .Select(rule => (rule.Level, Input: rule.Match(inputs)))
            .Where(m => m.Input is not null)
            .ToArray();
        var level = matches.Length == 0 ? RiskLevel.Low : matches.Max(m => m.Level);
        IReadOnlyList<string> deciding = matches.Length == 0
            ? ["no High or Medium input: internal, non-customer-facing work"]
            : matches.Where(m => m.Level == level).Select(m => m.Input!).Distinct().ToArray();
        return new RiskClassification(level, deciding, RolloutRules.For(level), StopConditionsOf(inputs));
    }

    private static IReadOnlyList<StopCondition> StopConditionsOf(RiskInputs inputs)
    {
        var conditions = new List<StopCondition>();
        if (StopConditionRules.NoOwner(inputs.Owner) is { } owner)
        {
            conditions.Add(owner);
        }
        if (StopConditionRules.CustomerDataWithoutReview(inputs.DataTouched, inputs.HumanCheckpoint) is { } data)
        {
            conditions.Add(data);
        }
        var changes = StopConditionRules.HighImpactActions(inputs.Actions);
        if (changes.Count > 0)
        {
            conditions.Add(new StopCondition(StopConditionKind.UnapprovedHighImpactChange,
                $"changes permissions, billing or production ({string.Join(", ", changes)}): needs a logged Launch " +
                "or Exception decision by an approver entitled to High risk"));
        }
        if (string.IsNullOrWhiteSpace(inputs.SuccessMetric))
        {
            conditions.Add(new StopCondition(StopConditionKind.SuccessNotMeasurable,
                "success cannot be measured: no SuccessMetric"));
        }
        return conditions;
    }
}
