using System.Text;
using OfficeGovernance.Domain.Classification;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// Finds the phrases of <see cref="InventoryCueLexicon"/> in a text as whole words, case-insensitively. Text and
/// phrases are read as words (runs of letters and digits, plus "&amp;"); anything else (spaces, hyphens, punctuation,
/// line breaks) only separates words, so "pre-employment" also matches "pre employment". At each word the longest
/// phrase wins, so "criminal investigation" is quoted rather than its prefix "criminal".
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, (string[] Words, string Phrase, RiskCue Cue)[]> byFirstWord;

    /// <summary>A matcher over <paramref name="lists"/>: each cue with its phrases.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lists"/> is null.</exception>
    /// <exception cref="ArgumentException">A phrase has no word.</exception>
    public PhraseMatcher(IEnumerable<(RiskCue Cue, IReadOnlyList<string> Phrases)> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var entries = new List<(string[] Words, string Phrase, RiskCue Cue)>();
        foreach (var (cue, phrases) in lists)
        {
            foreach (var phrase in phrases)
            {
                var words = Words(phrase);
                if (words.Length == 0)
                {
                    throw new ArgumentException($"The {cue} phrase '{phrase}' has no word.", nameof(lists));
                }
                entries.Add((words, phrase, cue));
            }
        }
        byFirstWord = entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The phrases found in <paramref name="text"/>, each with its cue, in text order; empty for blank text.</summary>
    public IReadOnlyList<(RiskCue Cue, string Phrase)> Find(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Find(Words(text));

    /// <summary>
    /// The phrases found in <paramref name="words"/> (a text already split by <see cref="Words"/>, so several
    /// matchers can read one text without splitting it again), each with its cue, in text order.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public IReadOnlyList<(RiskCue Cue, string Phrase)> Find(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<(RiskCue, string)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }
            foreach (var candidate in candidates)
            {
                if (StartsAt(words, i, candidate.Words))
                {
                    found.Add((candidate.Cue, candidate.Phrase));
                    break;
                }
            }
        }
        return found;
    }

    private static bool StartsAt(string[] words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Length)
        {
            return false;
        }
        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(words[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as the matcher reads them: runs of letters and digits in lower case, and
    /// "&amp;"; empty for blank text.
    /// </summary>
    public static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }
            Flush(words, current);
            if (c == '&')
            {
                words.Add("&");
            }
        }
        Flush(words, current);
        return words.ToArray();
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
