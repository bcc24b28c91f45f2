using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Inventory;

/// <summary>
/// Agreement between computed High and what agencies declared, over the rows that describe their work (issue #13's
/// bar: the High tier holds at least 90% of the declared high-impact use cases that are described, while at most 25%
/// of the described rows are High; no row that describes nothing is Low or Medium, it is Unassessed).
/// </summary>
/// <param name="Rows">Use cases classified.</param>
/// <param name="Unassessed">Use cases that describe nothing (Unassessed).</param>
/// <param name="High">Use cases classified High.</param>
/// <param name="DeclaredHigh">Described use cases the agencies declared high-impact.</param>
/// <param name="DeclaredHighClassifiedHigh">Of those, classified High.</param>
/// <param name="DeclaredHighUnassessed">Use cases declared high-impact that describe nothing.</param>
/// <param name="Disagreements">Rows flagged for review.</param>
public sealed record Agreement(
    int Rows, int Unassessed, int High, int DeclaredHigh, int DeclaredHighClassifiedHigh, int DeclaredHighUnassessed,
    int Disagreements)
{
    /// <summary>Use cases that describe their work (all but the Unassessed).</summary>
    public int Described => Rows - Unassessed;

    /// <summary>Share of described, declared high-impact use cases classified High (0..1); null when none was declared.</summary>
    public double? Recall => DeclaredHigh == 0 ? null : (double)DeclaredHighClassifiedHigh / DeclaredHigh;

    /// <summary>Share of described rows classified High (0..1); null when no row is described.</summary>
    public double? HighShare => Described == 0 ? null : (double)High / Described;

    /// <summary>The agreement of a set of classified rows.</summary>
    public static Agreement Of(IReadOnlyList<AssessedUseCase> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var described = rows.Where(r => r.Classification.Level != RiskLevel.Unassessed).ToArray();
        return new Agreement(
            rows.Count,
            rows.Count - described.Length,
            described.Count(r => r.Classification.Level == RiskLevel.High),
            described.Count(r => r.UseCase.DeclaredImpact == DeclaredImpact.High),
            described.Count(r => r.UseCase.DeclaredImpact == DeclaredImpact.High && r.Classification.Level == RiskLevel.High),
            rows.Count(r => r.UseCase.DeclaredImpact == DeclaredImpact.High && r.Classification.Level == RiskLevel.Unassessed),
            rows.Count(r => r.Classification.Disagreement is not null));
    }
}
