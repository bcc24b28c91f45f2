using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// One row of the classifier's rule table: when <see cref="Condition"/> holds the workflow is at least
/// <see cref="Level"/>.
/// </summary>
/// <param name="Level">The level the rule sets.</param>
/// <param name="Condition">The condition in words, as docs/rules.md#risk-classifier states it.</param>
/// <param name="Source">Where the rule comes from, such as "docs/rules.md#risk-classifier".</param>
/// <param name="Match">
/// Returns the deciding input in words ("Actions include Deploy code") when the rule holds, else null.
/// </param>
public sealed record RiskRule(RiskLevel Level, string Condition, string Source, Func<RiskInputs, string?> Match);
