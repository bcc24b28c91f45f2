using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Inventory;

/// <summary>One classified inventory row, as the classify verb reports it (PRODUCT.md section 5).</summary>
/// <param name="UseCase">The use case.</param>
/// <param name="Id">Its source id, or the stable id an import gives it.</param>
/// <param name="Classification">The classifier's result.</param>
public sealed record AssessedUseCase(InventoryUseCase UseCase, string Id, InventoryClassification Classification)
{
    /// <summary>The classification as the importer records it.</summary>
    public ImportRisk Risk => Assess(Classification);

    /// <summary>The importer's record of a classification.</summary>
    public static ImportRisk Assess(InventoryClassification c) => new(c.Level, c.DecidingInputs, c.DeclaredImpact, c.Disagreement);
}

/// <summary>
/// Agreement between computed High and what agencies declared (issue #3's bar: the High tier holds at least 90% of
/// the declared rights- or safety-impacting use cases, while at most 30% of all rows are High).
/// </summary>
/// <param name="Rows">Use cases classified.</param>
/// <param name="High">Use cases classified High.</param>
/// <param name="DeclaredHigh">Use cases the agencies declared high-impact.</param>
/// <param name="DeclaredHighClassifiedHigh">Of those, classified High.</param>
/// <param name="Disagreements">Rows flagged for review.</param>
public sealed record Agreement(int Rows, int High, int DeclaredHigh, int DeclaredHighClassifiedHigh, int Disagreements)
{
    /// <summary>Share of declared high-impact use cases classified High (0..1); null when none was declared.</summary>
    public double? Recall => DeclaredHigh == 0 ? null : (double)DeclaredHighClassifiedHigh / DeclaredHigh;

    /// <summary>Share of all rows classified High (0..1); null when there are no rows.</summary>
    public double? HighShare => Rows == 0 ? null : (double)High / Rows;

    /// <summary>The agreement of a set of classified rows.</summary>
    public static Agreement Of(IReadOnlyList<AssessedUseCase> rows) => new(
        rows.Count,
        rows.Count(r => r.Classification.Level == RiskLevel.High),
        rows.Count(r => r.UseCase.DeclaredImpact == DeclaredImpact.High),
        rows.Count(r => r.UseCase.DeclaredImpact == DeclaredImpact.High && r.Classification.Level == RiskLevel.High),
        rows.Count(r => r.Classification.Disagreement is not null));
}
