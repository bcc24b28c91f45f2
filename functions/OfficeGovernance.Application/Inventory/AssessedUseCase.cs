using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Inventory;

/// <summary>One classified inventory row, as the classify verb reports it (docs/rules.md#risk-classifier).</summary>
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
