using System.Globalization;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// The leadership digest (docs/rules.md#weekly-status): a subject under 80 characters leading with what needs action, then
/// the week at a glance (verdict counts with the money under each), what changed since last week (decisions logged,
/// verdict changes, new overruns), the decisions due (docs/rules.md#next-decision-and-flags; at most <see cref="MaxDecisions"/>, then how many more
/// and where), the largest overruns, the open risks that are new or overdue, and spend against caps as inline bars.
/// Every list is shortened with "and N more", so the digest stays about two screens tall whatever the portfolio's
/// size; nothing is listed twice. The full per-initiative detail lives in the owner emails and the Review sheet.
/// </summary>
internal sealed class LeadershipDigest(WeeklyStatusInput input)
{
    /// <summary>The most decisions, changes and risks listed before "and N more".</summary>
    public const int MaxDecisions = 10, MaxChanges = 6, MaxRisks = 6, Bars = 5;

    /// <summary>Where the shortened lists can be read in full.</summary>
    public const string WhereToSee = "the Review sheet of the portfolio workbook (NextDecision, DecisionDue, Reasons) or `review --all`";

    private readonly string _currency = input.Review.Currency;
    private readonly IReadOnlyList<InitiativeReview> _reviews = input.Review.Initiatives;
    private readonly Dictionary<string, Verdict>? _previous = input.PreviousVerdicts?
        .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>? _previousOverCap = input.PreviousOverCap?.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"3 stop, 8 pause, 5 decisions due: AI portfolio 2026-W47" (zero counts left out; under 80 characters).</summary>
    public string Subject()
    {
        var parts = new List<string>(3);
        var stop = _reviews.Count(r => r.Verdict == Verdict.Stop);
        var pause = _reviews.Count(r => r.Verdict == Verdict.Pause);
        var due = NextDecisionPlanner.DecisionsDue(_reviews).Count;
        if (stop > 0)
        {
            parts.Add(Count(stop) + " stop");
        }
        if (pause > 0)
        {
            parts.Add(Count(pause) + " pause");
        }
        if (due > 0)
        {
            parts.Add(Count(due) + (due == 1 ? " decision due" : " decisions due"));
        }
        var lead = parts.Count == 0 ? "Nothing to decide" : string.Join(", ", parts);
        return $"{lead}: AI portfolio {input.Week}";
    }

    /// <summary>The digest's sections, in reading order.</summary>
    /// <param name="extraIssues">Issues of the whole portfolio (invalid settings, owners who are not an email).</param>
    public IReadOnlyList<StatusSection> Sections(IReadOnlyList<StatusCell[]> extraIssues) =>
    [
        Glance(),
        Changes(),
        DecisionsDue(),
        Overruns(),
        Risks(extraIssues),
        new StatusGlance(_currency).SpendBars(_reviews, Bars),
        new("Decision log", [], [], $"The decision log ends at {input.LogHead?.Witness ?? "a point not read for this digest"}. Keep this line: a log later found without that entry was cut or rewritten."),
    ];

    private StatusSection Glance()
    {
        var verdicts = Enum.GetValues<Verdict>();
        var counts = new List<StatusCell> { new($"{Count(_reviews.Count)} initiatives") };
        counts.AddRange(verdicts.Select(v => new StatusCell(Count(_reviews.Count(r => r.Verdict == v)), v)));
        var money = new List<StatusCell> { new($"Month to date ({_currency})") };
        money.AddRange(verdicts.Select(v => new StatusCell(Whole(SpendTotals.Of(_reviews.Where(r => r.Verdict == v)).MonthToDate))));
        return new("The week at a glance", ["", .. verdicts.Select(StatusFormat.Verdict)], [counts, money], "No initiatives.");
    }

    private StatusSection Changes()
    {
        var byId = _reviews.ToDictionary(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase);
        var rows = new List<IReadOnlyList<StatusCell>>();
        rows.AddRange(input.Decisions.Select(e => (IReadOnlyList<StatusCell>)
        [
            new(byId.TryGetValue(e.Decision.InitiativeId, out var r) ? StatusFormat.Initiative(r.Initiative) : e.Decision.InitiativeId),
            new($"{StatusFormat.Decision(e.Decision.DecisionType)} logged {LocalDate(e)} by {e.Decision.ApproverAsShown()}: {e.Decision.WhatChanged}"),
        ]));
        if (_previous is not null)
        {
            // Verdicts that halt work first: Stop, then Pause, then the rest in table order.
            foreach (var r in _reviews.OrderBy(r => r.Verdict switch { Verdict.Stop => 0, Verdict.Pause => 1, _ => 2 }))
            {
                var before = _previous.TryGetValue(r.Initiative.Id, out var v) ? StatusFormat.Verdict(v) : "new";
                if (before != StatusFormat.Verdict(r.Verdict))
                {
                    rows.Add([new(StatusFormat.Initiative(r.Initiative)), new($"{before} -> {StatusFormat.Verdict(r.Verdict)}", r.Verdict)]);
                }
            }
        }
        rows.AddRange(NewOverruns());
        var empty = _previous is null
            ? "No decision was logged this period. No earlier review to compare with."
            : _previousOverCap is null
                ? "No decision was logged and no verdict changed (last week's caps were not recorded)."
                : "No decision was logged, no verdict changed and no initiative went over its cap.";
        return Shortened("What changed since last week", ["Initiative", "Change"], rows, MaxChanges, empty);
    }

    // Over cap now and not over cap in the last reported week (or not in it at all), largest excess first. Without
    // the previous week's over-cap state (no earlier review, or a snapshot from before it was kept) none is new.
    private IEnumerable<IReadOnlyList<StatusCell>> NewOverruns() => _previousOverCap is null
        ? []
        : _reviews.Where(r => r.Spend.OverCap && !_previousOverCap.Contains(r.Initiative.Id))
            .OrderByDescending(r => r.Spend.Excess).ThenBy(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase)
            .Select(r => (IReadOnlyList<StatusCell>)
            [
                new(StatusFormat.Initiative(r.Initiative)),
                new($"Now over cap by {StatusFormat.Money(r.Spend.Excess, _currency)} (overage " +
                    (r.Spend.OverageApproved ? "approved)" : "not approved)"), r.Spend.OverageApproved ? null : Verdict.Pause),
            ]);

    private string LocalDate(DecisionEntry entry) => StatusFormat.Date(DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(entry.Decision.Timestamp, input.Settings.TimeZone).DateTime));

    private StatusSection DecisionsDue()
    {
        var rows = NextDecisionPlanner.DecisionsDue(_reviews).Select(r => (IReadOnlyList<StatusCell>)
        [
            new(StatusFormat.Initiative(r.Initiative)),
            new(StatusFormat.Decision(r.NextDecision.Type)),
            new(r.NextDecision.Approvers.Count > 0 ? string.Join(", ", r.NextDecision.Approvers) : "Nobody: no DecisionRights row allows it"),
            new(StatusFormat.Date(r.NextDecision.Due) + (r.NextDecision.Due < input.Review.AsOf ? " (overdue)" : "")),
            new($"{StatusFormat.Money(r.NextDecision.AtStake, _currency)}, {r.RiskLevel} risk"),
        ]).ToList();
        return Shortened("Decisions due", ["Initiative", "Decision", "Who may approve", "By", "At stake"], rows, MaxDecisions,
            "No decision is due.");
    }

    private StatusSection Overruns()
    {
        var rows = _reviews.Where(r => r.Spend.OverCap)
            .OrderByDescending(r => r.Spend.Excess).ThenBy(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase)
            .Select(r => (IReadOnlyList<StatusCell>)
            [
                new(StatusFormat.Initiative(r.Initiative)),
                new(StatusFormat.Money(r.Spend.Excess, _currency)),
                new(r.Spend.OverageApproved ? "approved" : "not approved", r.Spend.OverageApproved ? null : Verdict.Pause),
            ]).ToList();
        return Shortened("Largest overruns this month", ["Initiative", "Over cap", "Overage"], rows, StatusGlance.Largest,
            "No initiative is over its cap.");
    }

    // New: the stop conditions of an initiative that now pauses or stops and did not before (or was not reviewed
    // before); overdue: a decision past its due date, or a flag that says overdue (drill, review).
    private StatusSection Risks(IReadOnlyList<StatusCell[]> extraIssues)
    {
        var rows = new List<IReadOnlyList<StatusCell>>(extraIssues);
        foreach (var r in _reviews)
        {
            var name = new StatusCell(StatusFormat.Initiative(r.Initiative));
            var wasHalted = _previous?.TryGetValue(r.Initiative.Id, out var before) == true && before is Verdict.Pause or Verdict.Stop;
            if (r.Verdict is Verdict.Pause or Verdict.Stop && !wasHalted && r.StopConditions.Count > 0)
            {
                rows.Add([name, new("New: " + r.StopConditions[0].Message)]);
            }
            if (r.NextDecision.IsWaiting && r.NextDecision.Due < input.Review.AsOf)
            {
                rows.Add([name, new($"Overdue: {StatusFormat.Decision(r.NextDecision.Type)} decision was due {StatusFormat.Date(r.NextDecision.Due)}")]);
            }
            rows.AddRange(r.Flags.Where(f => f.Contains("overdue", StringComparison.OrdinalIgnoreCase))
                .Select(f => (IReadOnlyList<StatusCell>)[name, new("Overdue: " + f)]));
        }
        return Shortened("Open risks that are new or overdue", ["Initiative", "Risk"], rows, MaxRisks,
            "No open risk is new or overdue.");
    }

    private static StatusSection Shortened(
        string title, IReadOnlyList<string> headers, List<IReadOnlyList<StatusCell>> rows, int max, string empty) =>
        new(title, headers, rows.Take(max).ToArray(), empty,
            rows.Count > max ? $"and {Count(rows.Count - max)} more: see {WhereToSee}." : null);

    private static string Count(int n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Whole(decimal amount) => amount.ToString("#,##0", CultureInfo.InvariantCulture);
}
