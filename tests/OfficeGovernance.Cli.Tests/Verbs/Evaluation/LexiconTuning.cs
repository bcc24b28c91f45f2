using System.Text.RegularExpressions;
using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Tests.Verbs.Evaluation;

/// <summary>
/// The one part of the classifier fitted to data, as a procedure: a phrase of <see cref="InventoryCueLexicon"/> is left
/// out when, on the tuning rows, it is the only evidence that puts a use case declared not high-impact in High at
/// least <see cref="MinimumAlone"/> times and never one declared high-impact (rows declaring nothing are not counted). The leave-agencies-out evaluation
/// runs it once per agency without that agency's rows; the shipped <see cref="InventoryCueLexicon.LeftOut"/> is its
/// result on every row of the three development files.
/// </summary>
public static partial class LexiconTuning
{
    /// <summary>How often a phrase must decide High alone, never rightly, before it is left out.</summary>
    public const int MinimumAlone = 3;

    /// <summary>A matcher over every candidate phrase (nothing left out): the tuning pass classifies with it.</summary>
    public static PhraseMatcher Candidates { get; } = new(InventoryCueLexicon.Candidates);

    /// <summary>
    /// The phrase that alone put <paramref name="c"/> in High (with every candidate phrase), or null when the row is
    /// not High, or High by more than one phrase or by a structured answer.
    /// </summary>
    public static string? AlonePhrase(InventoryClassification c)
    {
        if (c.Level != RiskLevel.High || c.DecidingRules.Any(r => !r.Rule.Source.StartsWith("OMB M-25-21", StringComparison.Ordinal)))
        {
            return null;
        }
        var phrases = c.DecidingRules
            .SelectMany(r => r.Input.Split("; "))
            .Where(part => MentionPart().IsMatch(part))
            .SelectMany(part => Quoted().Matches(part).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return phrases.Length == 1 ? phrases[0] : null;
    }

    /// <summary>The phrases to leave out, tuned on <paramref name="rows"/>: (phrase that decided High alone, declared impact).</summary>
    public static IReadOnlySet<string> LeftOut(IEnumerable<(string? Phrase, DeclaredImpact Declared)> rows)
    {
        var counts = new Dictionary<string, (int Alone, int DeclaredHigh)>(StringComparer.Ordinal);
        foreach (var (phrase, declared) in rows)
        {
            // Only a declaration counts: a blank or unclear one neither keeps nor condemns a phrase.
            if (phrase is null || declared == DeclaredImpact.Unknown)
            {
                continue;
            }
            var (alone, high) = counts.GetValueOrDefault(phrase);
            counts[phrase] = (alone + 1, high + (declared == DeclaredImpact.High ? 1 : 0));
        }
        return counts.Where(p => p.Value.Alone >= MinimumAlone && p.Value.DeclaredHigh == 0)
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A matcher over the candidate phrases without <paramref name="leftOut"/>.</summary>
    public static PhraseMatcher Without(IReadOnlySet<string> leftOut) =>
        new(InventoryCueLexicon.Candidates.Select(l => (l.Cue, (IReadOnlyList<string>)l.Phrases.Where(p => !leftOut.Contains(p)).ToArray())));

    [GeneratedRegex("^[A-Za-z]+ mentions ")]
    private static partial Regex MentionPart();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quoted();
}
