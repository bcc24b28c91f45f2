using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Cli.Tests.Verbs.Evaluation;

/// <summary>
/// The leave-agencies-out split of the evaluation: every agency is scored once, by the phrase lists as tuned on every
/// other agency's rows of the three development files, its own rows in any file left out (DHS appears in all three,
/// DOJ in two). Agencies are matched by abbreviation, trimmed and case-insensitively.
/// </summary>
public static class AgencySplit
{
    /// <summary>The key of a use case's agency: its abbreviation in upper case, or "(none)".</summary>
    public static string KeyOf(InventoryUseCase useCase) =>
        string.IsNullOrWhiteSpace(useCase.Agency) ? "(none)" : useCase.Agency.Trim().ToUpperInvariant();
}
