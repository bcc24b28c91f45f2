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
        WriteAgentsOutsidePortfolio(text, review.Portfolio.AgentsOutsidePortfolio, all);
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

    // docs/rules.md#agent-sync: agents no initiative owns (shadow AI), each with its stop condition; ten
    // without --all, like the other action lists, so a large tenant's agents do not drown the summary.
    private static void WriteAgentsOutsidePortfolio(StringBuilder text, IReadOnlyList<OutsideAgent> agents, bool all)
    {
        if (agents.Count == 0)
        {
            return;
        }
        text.AppendLine();
        text.AppendLine($"Agents outside the portfolio ({agents.Count}): no InitiativeId");
        foreach (var outside in all ? agents : agents.Take(10))
        {
            var agent = outside.Agent;
            text.AppendLine(Cut($"  {Cut(agent.Id, 16),-16} {agent.Status?.ToString() ?? "-",-10} {agent.Name}", Width));
            if (outside.StopCondition is { } stop)
            {
                Wrap(text, stop.Message);
            }
        }
        if (!all && agents.Count > 10)
        {
            text.AppendLine($"  ... and {agents.Count - 10} more (--all lists them)");
        }
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
