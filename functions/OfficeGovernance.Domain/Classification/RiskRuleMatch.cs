namespace OfficeGovernance.Domain.Classification;

/// <summary>A rule of <see cref="RiskRules.All"/> that decided a level, with the input that made it hold.</summary>
/// <param name="Rule">The rule, with its condition and source.</param>
/// <param name="Input">The deciding input in words, such as <c>Purpose mentions "eligibility"</c>.</param>
public sealed record RiskRuleMatch(RiskRule Rule, string Input)
{
    /// <summary>The input, the rule and its source in one line, for reports: <c>input (rule; source)</c>.</summary>
    public override string ToString() => $"{Input} ({Rule.Condition}; {Rule.Source})";
}
