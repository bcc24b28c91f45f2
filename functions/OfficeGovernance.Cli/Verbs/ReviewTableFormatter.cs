using System.Globalization;
using System.Text;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// The review as text: what needs action first (<see cref="ReviewActionSummary"/>), the stop conditions holding, and
/// with <c>--all</c> every initiative on one line with its reasons wrapped below (80 columns).
/// </summary>
public static class ReviewTableFormatter
{
    private const int Width = 80;
    private const string Indent = "             - ";

    /// <summary>Formats the review; money rounded to whole units of the workbook currency.</summary>
    /// <param name="review">The review.</param>
    /// <param name="all">True to list every initiative after the summary (<c>--all</c>).</param>
    /// <param name="showGaps">True to open with the gaps by department (nothing decided yet, as after an import).</param>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    public static string Format(PortfolioReview review, bool all = false, bool showGaps = false)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = new StringBuilder();
        ReviewActionSummary.Write(text, review, showGaps, all);
        var stops = review.Initiatives.SelectMany(r => r.StopConditions.Select(s => s.Kind).Distinct())
            .GroupBy(k => k).OrderByDescending(g => g.Count()).ToArray();
        if (stops.Length > 0)
        {
            text.AppendLine();
            Wrap(text, "Stop conditions holding: " + string.Join(", ", stops.Select(g => $"{Describe(g.Key)} {g.Count()}")), prefix: string.Empty);
        }
        if (!all)
        {
            return text.ToString().TrimEnd();
        }
        text.AppendLine();
        text.AppendLine("EVERY INITIATIVE");
        text.AppendLine($"{"ID",-12} {"VERDICT",-8} {"RISK",-6} {"SPEND / CAP",-24} NAME");
        foreach (var r in review.Initiatives)
        {
            var spend = $"{Money(r.Spend.MonthToDate)} / {Money(r.Spend.Cap)}{(r.Spend.OverCap ? " OVER" : string.Empty)}";
            var line = $"{Cut(r.Initiative.Id, 12),-12} {r.Verdict,-8} {r.RiskLevel,-6} {Cut(spend, 24),-24} {r.Initiative.Name}";
            text.AppendLine(Cut(line, Width));
            foreach (var reason in r.Reasons)
            {
                Wrap(text, reason);
            }
        }
        return text.ToString().TrimEnd();
    }

    private static string Describe(StopConditionKind kind) => kind switch
    {
        StopConditionKind.NoOwner => "no owner",
        StopConditionKind.CustomerDataWithoutReview => "customer data without review",
        StopConditionKind.UnapprovedHighImpactChange => "unapproved permission, billing or production change",
        StopConditionKind.SuccessNotMeasurable => "success cannot be measured",
        StopConditionKind.InvisibleFailure => "failure would be invisible",
        StopConditionKind.RiskNotAssessed => "risk cannot be assessed",
        _ => "uncontrolled agent",
    };

    private static string Money(decimal amount) => amount.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Cut(string value, int width) => value.Length <= width ? value : value[..(width - 1)] + "…";

    private static void Wrap(StringBuilder text, string paragraph, string prefix = Indent)
    {
        var continuation = new string(' ', prefix.Length);
        var line = new StringBuilder(prefix);
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > Width && line.Length > continuation.Length)
            {
                text.AppendLine(line.ToString().TrimEnd());
                line.Clear().Append(continuation);
            }
            line.Append(word).Append(' ');
        }
        text.AppendLine(line.ToString().TrimEnd());
    }
}
