using System.Globalization;
using System.Text;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>The review as text for an 80-column terminal: one line per initiative, its reasons wrapped below.</summary>
public static class ReviewTableFormatter
{
    private const int Width = 80;
    private const string Indent = "             - ";

    /// <summary>Formats the review; money rounded to whole units of the workbook currency.</summary>
    public static string Format(PortfolioReview review)
    {
        var text = new StringBuilder();
        text.AppendLine($"Portfolio review as of {review.AsOf:yyyy-MM-dd} ({review.Currency}), {review.Initiatives.Count} initiatives");
        text.AppendLine();
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
        var p = review.Portfolio;
        text.AppendLine();
        text.AppendLine($"Month to date {Money(p.MonthToDate)} of {Money(p.Cap)} {review.Currency} in caps.");
        text.AppendLine("Verdicts: " + string.Join(", ", p.VerdictCounts.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}")));
        var stops = review.Initiatives.SelectMany(r => r.StopConditions.Select(s => s.Kind).Distinct())
            .GroupBy(k => k).OrderByDescending(g => g.Count()).ToArray();
        if (stops.Length > 0)
        {
            Wrap(text, "Stop conditions holding: " + string.Join(", ", stops.Select(g => $"{Describe(g.Key)} {g.Count()}")), prefix: string.Empty);
        }
        if (p.KillOrMergeCandidates.Count > 0)
        {
            Wrap(text, "Kill-or-merge candidates: " + string.Join(", ", p.KillOrMergeCandidates), prefix: string.Empty);
        }
        if (p.AgentsOutsidePortfolio.Count > 0)
        {
            // PRODUCT.md section 2, Agent sync: agents no initiative owns (shadow AI), each with its stop condition.
            text.AppendLine($"Agents outside the portfolio ({p.AgentsOutsidePortfolio.Count}): no InitiativeId");
            foreach (var outside in p.AgentsOutsidePortfolio)
            {
                var agent = outside.Agent;
                text.AppendLine(Cut($"  {Cut(agent.Id, 16),-16} {agent.Status?.ToString() ?? "-",-10} {agent.Name}", Width));
                if (outside.StopCondition is { } stop)
                {
                    Wrap(text, stop.Message);
                }
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
