using System.Text;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// The text normalisation every inventory value goes through: trimmed, runs of whitespace (line breaks, tabs,
/// non-breaking spaces) collapsed to one space; answers also lose "a) " style choice prefixes and are compared
/// case-insensitively (shared/data README, known quirks).
/// </summary>
internal static class InventoryText
{
    private static readonly HashSet<string> NotApplicable =
        new(["n/a", "na", "n.a", "not applicable", "none"], StringComparer.Ordinal);

    /// <summary>The value trimmed with whitespace collapsed; null when blank or whitespace only.</summary>
    public static string? Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }
        if (IsClean(raw))
        {
            return raw;
        }
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>A header's matching key: cleaned, lower case, typographic quotes folded to straight ones.</summary>
    public static string HeaderKey(string? raw) =>
        (Clean(raw) ?? string.Empty).ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    /// <summary>
    /// An enumerated answer's key: cleaned, lower case, a leading choice prefix such as "a) " and trailing full stops
    /// removed; null when blank.
    /// </summary>
    public static string? AnswerKey(string? raw)
    {
        var text = Clean(raw);
        if (text is null)
        {
            return null;
        }
        if (text.Length > 3 && char.IsAsciiLetter(text[0]) && text[1] == ')' && text[2] == ' ')
        {
            text = text[3..];
        }
        var key = text.ToLowerInvariant().TrimEnd('.', ' ');
        return key.Length == 0 ? null : key;
    }

    /// <summary>True for "N/A", "NA", "Not applicable" and "None" (as answer keys).</summary>
    public static bool IsNotApplicable(string key) => NotApplicable.Contains(key);

    /// <summary>True when the key is <paramref name="word"/> alone or followed by a non-letter ("no - because ...").</summary>
    public static bool StartsWithWord(string key, string word) =>
        key.StartsWith(word, StringComparison.Ordinal)
        && (key.Length == word.Length || !char.IsLetterOrDigit(key[word.Length]));

    private static bool IsClean(string raw)
    {
        if (char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1]))
        {
            return false;
        }
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || raw[i - 1] == ' '))
            {
                return false;
            }
        }
        return true;
    }
}
