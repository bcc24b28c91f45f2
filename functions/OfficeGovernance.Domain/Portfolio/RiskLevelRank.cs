namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// How risk levels compare (docs/rules.md#decision-rights): Low &lt; Medium &lt; High,
/// and <see cref="RiskLevel.Unassessed"/> ranks as High, because no evidence is never read as low risk. A decision on
/// an initiative nobody has described therefore needs an approver entitled to High risk.
/// </summary>
public static class RiskLevelRank
{
    /// <summary>The level a comparison uses: <paramref name="level"/> itself, or High for Unassessed.</summary>
    public static RiskLevel Ranked(RiskLevel level) => level == RiskLevel.Unassessed ? RiskLevel.High : level;

    /// <summary>True when <paramref name="allowed"/> (such as a MaxRiskLevel) covers <paramref name="level"/>.</summary>
    public static bool Covers(RiskLevel allowed, RiskLevel level) => Ranked(allowed) >= Ranked(level);
}
