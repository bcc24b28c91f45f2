namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// Whether a free-text field says anything about the work (docs/rules.md#risk-classifier: "no purpose,
/// outputs or topic text"). Blank text, text without a letter, and text made only of placeholder words such as
/// "N/A", "TBD", "None", "Unknown", "Other", "Not applicable" or "To be determined" (also when a purpose and its
/// benefits are joined, as in "N/A TBD") say nothing.
/// </summary>
public static class DescriptionText
{
    private static readonly HashSet<string> PlaceholderWords = new(
        ["n", "a", "na", "tbd", "tbc", "none", "null", "nil", "unknown", "not", "applicable", "available", "pending",
         "to", "be", "determined", "redacted", "withheld", "other", "see", "above", "xx", "xxx"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> holds a word that is not a placeholder.</summary>
    public static bool Describes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                if (word.Any(char.IsLetter) && !PlaceholderWords.Contains(word))
                {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
