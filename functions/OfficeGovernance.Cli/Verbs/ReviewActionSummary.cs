using System.Globalization;
using System.Text;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// The opening of the review's table output (docs/rules.md#command-line, review; issue 24): what needs action first. The
/// gaps by department when asked (a portfolio with no decision logged yet, such as a just-imported inventory), the
/// verdict counts with the money under each, then Stop, Pause and Fix initiatives, one line each with the first
/// reason, largest money at stake first, the decisions due (docs/rules.md#next-decision-and-flags) and the kill-or-merge candidates.
/// Each list shows at most <see cref="MaxLines"/> lines, then how many more and where to see them, so a portfolio of
/// thousands opens in about a hundred lines. Money is rounded to whole units of the workbook currency.
/// </summary>
public static class ReviewActionSummary
{
    /// <summary>The most lines a list shows before "and N more".</summary>
    public const int MaxLines = 10;

    /// <summary>The widest line written.</summary>
    public const int Width = 120;

    private const int MaxIdWidth = 16;

    private static readonly Verdict[] Columns = Enum.GetValues<Verdict>();

    /// <summary>Writes the summary into <paramref name="text"/>.</summary>
    /// <param name="text">Where to write.</param>
    /// <param name="review">The review.</param>
    /// <param name="showGaps">True to open with the gaps by department.</param>
    /// <param name="fullListFollows">True when the full list follows (<c>--all</c>): "and N more" points below, not to --all.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(StringBuilder text, PortfolioReview review, bool showGaps, bool fullListFollows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(review);
        var where = fullListFollows ? "the full list below" : "review --all, or --format json";
        text.AppendLine($"Portfolio review as of {review.AsOf:yyyy-MM-dd} ({review.Currency}), {Count(review.Initiatives.Count)} initiatives");
        if (showGaps)
        {
            WriteGaps(text, review);
        }
        WriteCounts(text, review);
        foreach (var verdict in new[] { Verdict.Stop, Verdict.Pause, Verdict.Fix })
        {
            var items = review.Initiatives.Where(r => r.Verdict == verdict)
                .OrderByDescending(r => r.NextDecision.AtStake).ThenBy(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase)
                .ToArray();
            WriteList(text, $"{verdict.ToString().ToUpperInvariant()} ({Count(items.Length)}), largest money at stake first", items,
                r => $"{Money(r.NextDecision.AtStake),9}  {r.Initiative.Name}: {r.Reasons.FirstOrDefault()}", where);
        }
        var due = NextDecisionPlanner.DecisionsDue(review.Initiatives);
        WriteList(text, $"DECISIONS DUE ({Count(due.Count)}), by due date then money: type, due (! = overdue), at stake, risk, who may approve", due,
            r => $"{Label(r.NextDecision.Type),-9} {Due(r.NextDecision.Due, review.AsOf)} {Money(r.NextDecision.AtStake),9}  " +
                 $"{r.RiskLevel,-6} {Approvers(r.NextDecision.Approvers)}: {r.NextDecision.WaitingBecause}", where);
        var candidates = review.Portfolio.KillOrMergeCandidates;
        var byId = review.Initiatives.ToDictionary(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase);
        WriteList(text, $"KILL-OR-MERGE CANDIDATES ({Count(candidates.Count)}; at most the bottom 20% by value), worst first",
            candidates.Select(c => byId[c.InitiativeId]).ToArray(),
            r => candidates.First(c => c.InitiativeId == r.Initiative.Id).Reason, where);
    }

    private static void WriteGaps(StringBuilder text, PortfolioReview review)
    {
        var gaps = PortfolioGaps.ByDepartment(review.Initiatives, MaxLines);
        text.AppendLine();
        text.AppendLine("GAPS BY DEPARTMENT (nothing decided yet: the gaps are where to start)");
        text.AppendLine($"  {"DEPARTMENT",-34} {"COUNT",6} {"NO OWNER",9} {"NO SCORECARD",13} {"NO CAP",7} {"NO ROLLBACK",12} {"NO STOP AUTHORITY",18}");
        foreach (var g in gaps.Append(gaps.Aggregate(new DepartmentGaps("All", 0, 0, 0, 0, 0, 0), (sum, g) => sum.Plus(g, "All"))))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Cut(g.Department, 34),-34} {g.Initiatives,6:N0} {g.NoOwner,9:N0} {g.NoScorecard,13:N0} {g.NoCap,7:N0} " +
                $"{g.NoRollbackPlan,12:N0} {g.NoStopAuthority,18:N0}"));
        }
    }

    private static void WriteCounts(StringBuilder text, PortfolioReview review)
    {
        text.AppendLine();
        text.AppendLine($"  {"VERDICT",-14}" + string.Concat(Columns.Select(v => $"{v,10}")) + $"{"ALL",10}");
        text.AppendLine($"  {"initiatives",-14}" + string.Concat(Columns.Select(v => $"{Count(review.Portfolio.VerdictCounts[v]),10}")) +
                        $"{Count(review.Initiatives.Count),10}");
        text.AppendLine($"  {"month to date",-14}" + string.Concat(Columns.Select(v => $"{Money(Sum(review, v, r => r.Spend.MonthToDate)),10}")) +
                        $"{Money(review.Portfolio.MonthToDate),10}");
        text.AppendLine($"  {"caps",-14}" + string.Concat(Columns.Select(v => $"{Money(Sum(review, v, r => r.Spend.Cap)),10}")) +
                        $"{Money(review.Portfolio.Cap),10}");
    }

    private static void WriteList(
        StringBuilder text, string title, IReadOnlyList<InitiativeReview> items, Func<InitiativeReview, string> line, string where)
    {
        if (items.Count == 0)
        {
            return;
        }
        text.AppendLine();
        text.AppendLine(title);
        var shown = items.Take(MaxLines).ToArray();
        var idWidth = Math.Min(MaxIdWidth, shown.Max(r => r.Initiative.Id.Length));
        foreach (var r in shown)
        {
            text.AppendLine(Cut($"  {Cut(r.Initiative.Id, idWidth).PadRight(idWidth)} {line(r)}", Width));
        }
        if (items.Count > MaxLines)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {items.Count - MaxLines:N0} more: see {where}"));
        }
    }

    private static decimal Sum(PortfolioReview review, Verdict verdict, Func<InitiativeReview, decimal> value) =>
        review.Initiatives.Where(r => r.Verdict == verdict).Sum(value);

    private static string Due(DateOnly due, DateOnly asOf) =>
        due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (due < asOf ? "!" : " ");

    private static string Approvers(IReadOnlyList<string> approvers) =>
        approvers.Count == 0 ? "nobody may approve" : approvers.Count == 1 ? approvers[0] : $"{approvers[0]} +{approvers.Count - 1}";

    private static string Label(DecisionType type) => EnumLabels<DecisionType>.Label(type);

    private static string Money(decimal amount) => amount.ToString("#,##0", CultureInfo.InvariantCulture);

    // Counts read like the money beside them: thousands grouped, whatever the machine's culture.
    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Cut(string value, int width) => value.Length <= width ? value : value[..(width - 1)] + "…";
}
