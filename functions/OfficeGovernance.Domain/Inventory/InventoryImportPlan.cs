using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>The classifier's verdict on one use case, as the importer records it.</summary>
/// <param name="Level">The computed risk level.</param>
/// <param name="Reasons">The inputs that decided it.</param>
/// <param name="Declared">What the agency declared (kept beside the computed level, never an input).</param>
/// <param name="Disagreement">Why the computed level and the declaration disagree; null when they agree or nothing was declared.</param>
public sealed record ImportRisk(RiskLevel Level, IReadOnlyList<string> Reasons, DeclaredImpact Declared, string? Disagreement);

/// <summary>A use case that becomes a new Initiatives row.</summary>
/// <param name="Initiative">The row.</param>
/// <param name="UseCase">The use case it came from.</param>
/// <param name="Risk">Its classification.</param>
public sealed record ImportedInitiative(Initiative Initiative, InventoryUseCase UseCase, ImportRisk Risk);

/// <summary>What an import will do.</summary>
/// <param name="New">Use cases to add, in source order.</param>
/// <param name="AlreadyPresent">Ids of use cases the workbook already holds (left as they are).</param>
/// <param name="Issues">The reader's issues plus the importer's own (id repairs, stage defaults), in source order.</param>
public sealed record InventoryImportPlan(
    IReadOnlyList<ImportedInitiative> New, IReadOnlyList<string> AlreadyPresent, IReadOnlyList<InventoryIssue> Issues);
