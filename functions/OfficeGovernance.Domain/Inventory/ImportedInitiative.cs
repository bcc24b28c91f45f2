using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>A use case that becomes a new Initiatives row.</summary>
/// <param name="Initiative">The row.</param>
/// <param name="UseCase">The use case it came from.</param>
/// <param name="Risk">Its classification.</param>
public sealed record ImportedInitiative(Initiative Initiative, InventoryUseCase UseCase, ImportRisk Risk);
