using System.Globalization;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The expand controls of docs/rules.md#expand-controls ("does the company control the pilot?"). Dates are in the workbook
/// time zone.
/// </summary>
public static class ExpandControlChecker
{
    /// <summary>How many days old a rollback drill may be, inclusive.</summary>
    public const int DrillWindowDays = 90;

    /// <summary>
    /// Checks the three controls: StopAuthority named; the as-of month (1st to as-of; the whole previous month while
    /// the as-of month has no spend rows, see <see cref="FullCostMonth"/>) has Staff time spend and at least one other
    /// category, and the cap is above 0; RollbackPlan, FallbackProcess and FallbackOwner filled and
    /// LastRollbackDrill at most 90 days before as-of (a drill dated after as-of does not count).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ExpandControls Check(InitiativeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var initiative = facts.Initiative;
        return new ExpandControls(StopAuthority(initiative), FullCost(facts), RollbackReady(initiative, facts.AsOf));
    }

    /// <summary>True when the last drill is on or before as-of and at most 90 days before it.</summary>
    public static bool DrillIsRecent(DateOnly? lastDrill, DateOnly asOf) =>
        lastDrill is { } drill && drill <= asOf && asOf.DayNumber - drill.DayNumber <= DrillWindowDays;

    private static ControlResult StopAuthority(Initiative initiative) =>
        string.IsNullOrWhiteSpace(initiative.StopAuthority)
            ? new ControlResult(false, "nobody can stop it today: no StopAuthority named")
            : new ControlResult(true, $"{initiative.StopAuthority.Trim()} can stop it today");

    private static ControlResult FullCost(InitiativeFacts facts)
    {
        var (start, end) = FullCostMonth(facts);
        var categories = facts.Spend.Where(s => s.Date >= start && s.Date <= end)
            .Select(s => s.Category).Distinct().Order().ToArray();
        var asOfMonth = AsOfDate.MonthStart(facts.AsOf);
        var month = start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var where = start == asOfMonth ? "this month" : $"in {month}";
        var note = start == asOfMonth
            ? string.Empty
            : $"; {month} judged because {asOfMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)} has no spend rows yet";
        var problems = new List<string>();
        if (!categories.Contains(SpendCategory.StaffTime))
        {
            problems.Add($"no Staff time spend {where}");
        }
        if (!categories.Any(c => c != SpendCategory.StaffTime))
        {
            problems.Add($"no spend in a category other than Staff time {where}");
        }
        if (facts.Initiative.MonthlyBudgetCap <= 0)
        {
            problems.Add("no monthly budget cap set");
        }
        var present = categories.Length == 0
            ? "none"
            : string.Join(", ", categories.Select(EnumLabels<SpendCategory>.Label));
        return problems.Count == 0
            ? new ControlResult(true, $"finance sees the full monthly cost (categories {where}: {present}{note})")
            : new ControlResult(false,
                $"finance does not see the full monthly cost: {string.Join("; ", problems)} (categories {where}: {present}{note})");
    }

    /// <summary>
    /// The month the full-cost control judges, first and last day: the as-of month up to as-of; while the initiative
    /// has no Spend rows in it yet (the first days of a month), the whole previous month (docs/rules.md#expand-controls).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static (DateOnly First, DateOnly Last) FullCostMonth(InitiativeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var start = AsOfDate.MonthStart(facts.AsOf);
        if (facts.Spend.Any(s => s.Date >= start && s.Date <= facts.AsOf))
        {
            return (start, facts.AsOf);
        }
        return (start.AddMonths(-1), start.AddDays(-1));
    }

    private static ControlResult RollbackReady(Initiative initiative, DateOnly asOf)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(initiative.RollbackPlan))
        {
            problems.Add("no RollbackPlan");
        }
        if (string.IsNullOrWhiteSpace(initiative.FallbackProcess))
        {
            problems.Add("no FallbackProcess");
        }
        if (string.IsNullOrWhiteSpace(initiative.FallbackOwner))
        {
            problems.Add("no FallbackOwner");
        }
        if (!DrillIsRecent(initiative.LastRollbackDrill, asOf))
        {
            problems.Add(DrillProblem(initiative.LastRollbackDrill, asOf));
        }
        return problems.Count == 0
            ? new ControlResult(true,
                $"the team can return to the old process this week (last drill {ValueText.Date(initiative.LastRollbackDrill!.Value)})")
            : new ControlResult(false, $"the team cannot return to the old process this week: {string.Join("; ", problems)}");
    }

    /// <summary>Why a drill date fails the 90-day window, in words.</summary>
    public static string DrillProblem(DateOnly? lastDrill, DateOnly asOf) => lastDrill switch
    {
        null => "no rollback drill recorded",
        { } d when d > asOf => $"LastRollbackDrill {ValueText.Date(d)} is after the as-of date {ValueText.Date(asOf)}",
        { } d => $"last rollback drill {ValueText.Date(d)} is {asOf.DayNumber - d.DayNumber} days old (limit {DrillWindowDays})",
    };
}
