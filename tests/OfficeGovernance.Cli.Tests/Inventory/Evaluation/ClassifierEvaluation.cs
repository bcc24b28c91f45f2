using System.Globalization;
using System.Text;
using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Cli.Inventory;

namespace OfficeGovernance.Cli.Tests.Inventory.Evaluation;

/// <summary>
/// The README's evaluation tables, computed from the shipped federal inventories: agreement per split, precision of
/// each High rule, and the declared high-impact use cases the classifier misses, by topic area.
/// </summary>
public static class ClassifierEvaluation
{
    /// <summary>A named set of classified rows.</summary>
    public sealed record Split(string Name, IReadOnlyList<AssessedUseCase> Rows)
    {
        /// <summary>The agreement of the split.</summary>
        public Agreement Agreement { get; } = Agreement.Of(Rows);

        /// <summary>Share of the described rows declared not high-impact that are classified High.</summary>
        public double FalsePositiveRate
        {
            get
            {
                var notHigh = Rows.Where(r => r.UseCase.DeclaredImpact == DeclaredImpact.NotHigh &&
                                              r.Classification.Level != RiskLevel.Unassessed).ToArray();
                return notHigh.Length == 0 ? 0 : (double)notHigh.Count(r => r.Classification.Level == RiskLevel.High) / notHigh.Length;
            }
        }
    }

    /// <summary>The splits of the README table, in order.</summary>
    public static IReadOnlyList<Split> Splits(IReadOnlyList<AssessedUseCase> omb2024, IReadOnlyList<AssessedUseCase> dhs)
    {
        var heldOut = omb2024.Where(r => !AgencySplit.IsDevelopment(r.UseCase.Agency)).ToArray();
        return
        [
            new("2024 file, every agency", omb2024),
            new("development agencies (folds 0-2; in-sample)", omb2024.Where(r => AgencySplit.IsDevelopment(r.UseCase.Agency)).ToArray()),
            new("held-out agencies (folds 3-4 and DHS)", heldOut),
            new("held-out, fold 3", heldOut.Where(r => Fold(r) == 3).ToArray()),
            new("held-out, fold 4", heldOut.Where(r => Fold(r) == 4).ToArray()),
            new("held-out, DHS rows of the 2024 file", heldOut.Where(r => IsDhs(r.UseCase.Agency)).ToArray()),
            new("DHS 2024 file (second check)", dhs),
        ];
    }

    /// <summary>The agreement table in Markdown.</summary>
    public static string AgreementTable(IReadOnlyList<Split> splits)
    {
        var text = new StringBuilder();
        text.AppendLine("| rows | use cases | Unassessed | High (share of described) | declared high-impact, described | of those, High | declared not high classified High |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var s in splits)
        {
            var a = s.Agreement;
            text.AppendLine($"| {s.Name} | {N(a.Rows)} | {N(a.Unassessed)} | {N(a.High)} ({P(a.HighShare)}) | {N(a.DeclaredHigh)} | " +
                            $"{N(a.DeclaredHighClassifiedHigh)} ({P(a.Recall)}) | {P(s.FalsePositiveRate)} |");
        }
        return text.ToString();
    }

    /// <summary>Per High rule: rows it holds for, how many of them were declared high-impact, on every row and held out.</summary>
    public static string RulePrecisionTable(Split all, Split heldOut)
    {
        var text = new StringBuilder();
        text.AppendLine("| High rule, by its source | holds, 2024 file | declared high-impact (precision) | holds, held-out | declared high-impact (precision) |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var rule in RiskRules.All.Where(r => r.Level == RiskLevel.High && r.Condition.StartsWith("Inventory", StringComparison.Ordinal)))
        {
            var (n, tp) = Precision(all.Rows, rule);
            var (hn, htp) = Precision(heldOut.Rows, rule);
            text.AppendLine($"| {rule.Source.Replace("OMB M-25-21 section 6, uses presumed high-impact", "M-25-21 s. 6", StringComparison.Ordinal)} | {N(n)} | {N(tp)} ({P(n == 0 ? null : (double)tp / n)}) | {N(hn)} | " +
                            $"{N(htp)} ({P(hn == 0 ? null : (double)htp / hn)}) |");
        }
        return text.ToString();
    }

    /// <summary>Declared high-impact, described use cases not classified High, by topic area, on every row and held out.</summary>
    public static string MissesByTopicTable(Split all, Split heldOut)
    {
        static Dictionary<string, int> Misses(Split s) => s.Rows
            .Where(r => r.UseCase.DeclaredImpact == DeclaredImpact.High && r.Classification.Level is RiskLevel.Low or RiskLevel.Medium)
            .GroupBy(r => Topic(r.UseCase.TopicArea)).ToDictionary(g => g.Key, g => g.Count());
        var every = Misses(all);
        var held = Misses(heldOut);
        var text = new StringBuilder();
        text.AppendLine("| topic area | missed, 2024 file | missed, held-out |");
        text.AppendLine("|---|---|---|");
        foreach (var (topic, count) in every.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"| {topic} | {N(count)} | {N(held.GetValueOrDefault(topic))} |");
        }
        return text.ToString();
    }

    private static (int Holds, int DeclaredHigh) Precision(IReadOnlyList<AssessedUseCase> rows, RiskRule rule)
    {
        var holding = rows.Where(r => r.Classification.DecidingRules.Any(d => d.Rule == rule)).ToArray();
        return (holding.Length, holding.Count(r => r.UseCase.DeclaredImpact == DeclaredImpact.High));
    }

    private static int Fold(AssessedUseCase row) => AgencySplit.FoldOf(row.UseCase.Agency);

    private static bool IsDhs(string? agency) => string.Equals(agency?.Trim(), AgencySplit.SecondCheck, StringComparison.OrdinalIgnoreCase);

    private static string Topic(string? topic) =>
        string.IsNullOrWhiteSpace(topic) ? "(blank)" : topic.Split(':')[0].Replace("|", "/", StringComparison.Ordinal).Trim();

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double? share) => share is { } s ? s.ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal) : "n/a";
}
