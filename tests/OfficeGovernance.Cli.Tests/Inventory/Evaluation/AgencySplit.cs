using System.Security.Cryptography;
using System.Text;

namespace OfficeGovernance.Cli.Tests.Inventory.Evaluation;

/// <summary>
/// The deterministic leave-agencies-out split of the evaluation: each agency falls into one of five folds by the first
/// byte of the SHA-256 of its upper-case abbreviation; folds 0-2 are the development agencies (the only ones looked
/// at while the phrase lists were written), folds 3 and 4 are held out. DHS is held out whatever its fold, because
/// its own inventory is the second check.
/// </summary>
public static class AgencySplit
{
    /// <summary>The number of folds.</summary>
    public const int Folds = 5;

    /// <summary>The agency always held out.</summary>
    public const string SecondCheck = "DHS";

    /// <summary>The fold of an agency, 0 to 4.</summary>
    public static int FoldOf(string? agency) =>
        SHA256.HashData(Encoding.UTF8.GetBytes((agency ?? string.Empty).Trim().ToUpperInvariant()))[0] % Folds;

    /// <summary>True for a development agency: fold 0, 1 or 2, and not DHS.</summary>
    public static bool IsDevelopment(string? agency) =>
        FoldOf(agency) < 3 && !string.Equals(agency?.Trim(), SecondCheck, StringComparison.OrdinalIgnoreCase);
}
