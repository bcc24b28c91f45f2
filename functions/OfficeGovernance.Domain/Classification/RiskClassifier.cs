using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// Classifies a workflow's risk from structured inputs with the rule table <see cref="RiskRules.All"/>
/// (docs/rules.md#risk-classifier).
/// </summary>
public static class RiskClassifier
{
    /// <summary>What decides an Unassessed result, in words.</summary>
    public const string NotDescribed =
        "the inputs do not describe the work: no purpose, outputs or topic text and no data or action input";

    /// <summary>
    /// The level (the highest any rule sets; when none matches, Low if anything describes the work, else
    /// Unassessed, never Low: docs/rules.md#risk-classifier), the inputs that decided it, the rollout rules for the level and
    /// the stop conditions that hold on the inputs alone.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public static RiskClassification Classify(RiskInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var matches = RiskRules.All
            .Select(rule => (rule.Level, Rule: rule, Input: rule.Match(inputs)))
            .Where(m => m.Input is not null)
            .ToArray();
        var level = matches.Length > 0 ? matches.Max(m => m.Level)
            : inputs.DescribesWork ? RiskLevel.Low
            : RiskLevel.Unassessed;
        IReadOnlyList<string> deciding = level switch
        {
            RiskLevel.Unassessed => [NotDescribed],
            _ when matches.Length == 0 => ["no High or Medium input: internal, non-customer-facing work"],
            _ => matches.Where(m => m.Level == level).Select(m => m.Input!).Distinct().ToArray(),
        };
        var rules = matches.Where(m => m.Level == level).Select(m => new RiskRuleMatch(m.Rule, m.Input!)).ToArray();
        return new RiskClassification(level, deciding, rules, RolloutRules.For(level), StopConditionsOf(inputs, level));
    }

    private static IReadOnlyList<StopCondition> StopConditionsOf(RiskInputs inputs, RiskLevel level)
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
        if (StopConditionRules.RiskNotAssessed(level) is { } unassessed)
        {
            conditions.Add(unassessed);
        }
        return conditions;
    }
}
