using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Application.Inventory;

/// <summary>Classifies the use cases of an inventory as the classify and import-inventory verbs report them (docs/rules.md#risk-classifier).</summary>
public static class InventoryLoading
{
    /// <summary>Classifies every use case, in source order, with the ids an import would give them.</summary>
    public static IReadOnlyList<AssessedUseCase> Assess(InventoryReadResult read)
    {
        var classified = new Dictionary<InventoryUseCase, InventoryClassification>(ReferenceEqualityComparer.Instance);
        var plan = InventoryImportPlanner.Plan(read, u => AssessedUseCase.Assess(classified[u] = InventoryClassifier.Classify(u)), []);
        return plan.New.Select(n => new AssessedUseCase(n.UseCase, n.Initiative.Id, classified[n.UseCase])).ToArray();
    }
}
