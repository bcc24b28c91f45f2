using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>The classifier's verdict on one use case, as the importer records it.</summary>
/// <param name="Level">The computed risk level.</param>
/// <param name="Reasons">The inputs that decided it.</param>
/// <param name="Declared">What the agency declared (kept beside the computed level, never an input).</param>
/// <param name="Disagreement">Why the computed level and the declaration disagree; null when they agree or nothing was declared.</param>
public sealed record ImportRisk(RiskLevel Level, IReadOnlyList<string> Reasons, DeclaredImpact Declared, string? Disagreement);
