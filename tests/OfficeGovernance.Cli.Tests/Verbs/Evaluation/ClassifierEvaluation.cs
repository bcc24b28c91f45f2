using System.Globalization;
using System.Text;
using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Tests.Verbs.Evaluation;

/// <summary>
/// The README's evaluation tables, computed from the three development files: recall of the declared high-impact use
/// cases and the false-positive rate (the share of declared not-high-impact use cases put in High), in sample and
/// leave-agencies-out; precision and recall of each High rule; the declared high-impact use cases missed, by topic area.
/// Only described rows count (an Unassessed row is neither a hit nor a false positive); the declared impact is read
/// only here, after classification.
/// </summary>
public static class ClassifierEvaluation
{
    /// <summary>Classifies <paramref name="files"/> (label and use cases): shipped, and leave-agencies-out.</summary>
    public static IReadOnlyList<EvaluatedRow> Evaluate(IReadOnlyList<(string File, IReadOnlyList<InventoryUseCase> UseCases)> files)
    {
        var rows = files.SelectMany(f => f.UseCases.Select(u => (f.File, UseCase: u, Alone: LexiconTuning.AlonePhrase(
            InventoryClassifier.Classify(u, LexiconTuning.Candidates))))).ToArray();
        var matchers = new Dictionary<string, PhraseMatcher>(StringComparer.Ordinal);
        var heldOut = new Dictionary<InventoryUseCase, InventoryClassification>(ReferenceEqualityComparer.Instance);
        foreach (var agency in rows.GroupBy(r => AgencySplit.KeyOf(r.UseCase)))
        {
            // Tuned on every other agency's rows in all three files: this agency's rows never tune what scores them.
            var leftOut = LexiconTuning.LeftOut(rows.Where(r => AgencySplit.KeyOf(r.UseCase) != agency.Key)
                .Select(r => (r.Alone, r.UseCase.DeclaredImpact)));
            var key = string.Join("|", leftOut.Order(StringComparer.Ordinal));
            if (!matchers.TryGetValue(key, out var matcher))
            {
                matchers[key] = matcher = LexiconTuning.Without(leftOut);
            }
            foreach (var row in agency)
            {
                heldOut[row.UseCase] = InventoryClassifier.Classify(row.UseCase, matcher);
            }
        }
        return rows.Select(r => new EvaluatedRow(r.File, r.UseCase, InventoryClassifier.Classify(r.UseCase),
            heldOut[r.UseCase], r.Alone)).ToArray();
    }

    /// <summary>Recall and false-positive rate per file, in sample and leave-agencies-out, in Markdown.</summary>
    public static string AgreementTable(IReadOnlyList<EvaluatedRow> rows, IReadOnlyList<string> files)
    {
        var text = new StringBuilder();
        text.AppendLine("| file | phrase lists | use cases | Unassessed | declared high-impact, described | of those, High (recall) | declared not high-impact, described | of those, High (false-positive rate) |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var file in files)
        {
            var inFile = rows.Where(r => r.File == file).ToArray();
            foreach (var (label, pick) in Ways)
            {
                var m = Measure.Of(inFile.Select(r => (r.UseCase.DeclaredImpact, pick(r))).ToArray());
                text.AppendLine($"| {file} | {label} | {N(inFile.Length)} | {N(m.Unassessed)} | {N(m.DeclaredHigh)} | " +
                                $"{N(m.HighOfDeclaredHigh)} ({P(m.Recall)}) | {N(m.DeclaredNotHigh)} | {N(m.HighOfDeclaredNotHigh)} ({P(m.FalsePositiveRate)}) |");
            }
        }
        return text.ToString();
    }

    /// <summary>Each High rule leave-agencies-out per file: rows it holds for, precision and recall.</summary>
    public static string RuleTable(IReadOnlyList<EvaluatedRow> rows, IReadOnlyList<string> files)
    {
        var text = new StringBuilder();
        text.Append("| High rule, by its source |");
        text.AppendLine(string.Concat(files.Select(f => $" {f}: holds | precision | recall |")));
        text.AppendLine("|---|" + string.Concat(files.Select(_ => "---|---|---|")));
        foreach (var rule in RiskRules.All.Where(r => r.Level == RiskLevel.High && r.Condition.StartsWith("Inventory", StringComparison.Ordinal)))
        {
            text.Append($"| {Short(rule.Source)} |");
            foreach (var file in files)
            {
                var described = rows.Where(r => r.File == file && r.HeldOut.Level != RiskLevel.Unassessed).ToArray();
                var holds = described.Where(r => r.HeldOut.DecidingRules.Any(d => d.Rule == rule)).ToArray();
                var right = holds.Count(r => r.UseCase.DeclaredImpact == DeclaredImpact.High);
                var declared = described.Count(r => r.UseCase.DeclaredImpact == DeclaredImpact.High);
                text.Append($" {N(holds.Length)} | {P(Share(right, holds.Length))} | {P(Share(right, declared))} |");
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>Declared high-impact, described use cases not classified High leave-agencies-out, by topic area and file.</summary>
    public static string MissesByTopicTable(IReadOnlyList<EvaluatedRow> rows, IReadOnlyList<string> files)
    {
        var misses = rows.Where(r => r.UseCase.DeclaredImpact == DeclaredImpact.High && r.HeldOut.Level is RiskLevel.Low or RiskLevel.Medium)
            .GroupBy(r => Topic(r.UseCase.TopicArea))
            .Select(g => (Topic: g.Key, Total: g.Count(), ByFile: files.Select(f => g.Count(r => r.File == f)).ToArray()))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Topic, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.AppendLine("| topic area | " + string.Join(" | ", files.Select(f => $"missed, {f}")) + " |");
        text.AppendLine("|---|" + string.Concat(files.Select(_ => "---|")));
        foreach (var (topic, _, byFile) in misses)
        {
            text.AppendLine($"| {topic} | {string.Join(" | ", byFile.Select(N))} |");
        }
        return text.ToString();
    }

    /// <summary>The two classifications compared: shipped lists, then leave-agencies-out.</summary>
    private static readonly (string Label, Func<EvaluatedRow, RiskLevel> Pick)[] Ways =
    [
        ("shipped (tuned on every agency)", r => r.Shipped.Level),
        ("leave-agencies-out", r => r.HeldOut.Level),
    ];

    private static string Short(string source) =>
        source.Replace("OMB M-25-21 section 6, uses presumed high-impact", "M-25-21 s. 6", StringComparison.Ordinal);

    private static string Topic(string? topic) =>
        string.IsNullOrWhiteSpace(topic) ? "(blank)" : topic.Split(':')[0].Replace("|", "/", StringComparison.Ordinal).Trim();

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double? share) => share is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
