namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// Reads the inventory answer "which demographic variables does the AI use as model features"
/// (docs/rules.md#inventory-import). Answers such as "None", "N/A", "[\"None\"]", "Not applicable" or the 2025
/// survey's lettered
/// "k) None of the above" mean no feature.
/// </summary>
public static class DemographicFeatureText
{
    private static readonly HashSet<string> NoneWords =
        new(["none", "n", "a", "na", "no", "not", "applicable", "null", "nil", "of", "the", "above"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The answer trimmed when it names at least one feature (any word other than none/N/A/not applicable), else
    /// null.
    /// </summary>
    public static string? Present(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }
        var words = answer.Split(
            [' ', ',', ';', '/', '[', ']', '"', '\'', '.', '-', '(', ')', '\t', '\r', '\n', '\u00A0'],
            StringSplitOptions.RemoveEmptyEntries);
        // A survey answer's letter ("k)") is only a label: "k" is not a feature.
        return words.All(w => NoneWords.Contains(w) || (w.Length == 1 && char.IsAsciiLetter(w[0]))) ? null : answer.Trim();
    }
}
