using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Tests.Verbs.Evaluation;

/// <summary>
/// Recall and false-positive rate of a set of classified rows (issue #27's bar: recall at least 0.85 at a
/// false-positive rate at most 0.15). Unassessed rows count in neither.
/// </summary>
public sealed record Measure(int Unassessed, int DeclaredHigh, int HighOfDeclaredHigh, int DeclaredNotHigh, int HighOfDeclaredNotHigh)
{
    /// <summary>Share of described, declared high-impact rows classified High; null when there is none.</summary>
    public double? Recall => DeclaredHigh == 0 ? null : (double)HighOfDeclaredHigh / DeclaredHigh;

    /// <summary>Share of described, declared not-high-impact rows classified High; null when there is none.</summary>
    public double? FalsePositiveRate => DeclaredNotHigh == 0 ? null : (double)HighOfDeclaredNotHigh / DeclaredNotHigh;

    /// <summary>The measure of rows given as (declared impact, computed level).</summary>
    public static Measure Of(IReadOnlyList<(DeclaredImpact Declared, RiskLevel Level)> rows)
    {
        var described = rows.Where(r => r.Level != RiskLevel.Unassessed).ToArray();
        return new Measure(
            rows.Count - described.Length,
            described.Count(r => r.Declared == DeclaredImpact.High),
            described.Count(r => r.Declared == DeclaredImpact.High && r.Level == RiskLevel.High),
            described.Count(r => r.Declared == DeclaredImpact.NotHigh),
            described.Count(r => r.Declared == DeclaredImpact.NotHigh && r.Level == RiskLevel.High));
    }
}
