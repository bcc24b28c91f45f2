using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// Builds the sections of a status email for a set of initiatives (docs/rules.md#weekly-status): verdicts, what changed
/// (decisions and verdict changes), spend against the cap, open risks and policy issues, and next decisions.
/// </summary>
internal sealed class StatusSections(WeeklyStatusInput input)
{
    private readonly string _currency = input.Review.Currency;
    private readonly Dictionary<string, Verdict>? _previous = input.PreviousVerdicts?
        .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<StatusSection> For(
        IReadOnlyList<InitiativeReview> reviews, IReadOnlyList<DecisionEntry> decisions, IReadOnlyList<StatusCell[]> extraIssues)
    {
        return
        [
            Verdicts(reviews),
            Decisions(decisions),
            VerdictChanges(reviews),
            Spend(reviews),
            Issues(reviews, extraIssues),
            NextDecisions(reviews),
        ];
    }

    private static StatusSection Verdicts(IReadOnlyList<InitiativeReview> reviews) => new(
        "Verdicts", ["Initiative", "Verdict", "Why"],
        reviews.Select(r => Row(
            new(StatusFormat.Initiative(r.Initiative)),
            new(StatusFormat.Verdict(r.Verdict), r.Verdict),
            new(r.Reasons.Count > 0 ? r.Reasons[0] : "(no reason given)"))).ToList(),
        "No initiatives.");

    private StatusSection Decisions(IReadOnlyList<DecisionEntry> decisions) => new(
        "Decisions logged this period", ["Date", "Initiative", "Decision", "Approved by"],
        decisions.Select(e => Row(
            new(StatusFormat.Date(DateOnly.FromDateTime(
                TimeZoneInfo.ConvertTime(e.Decision.Timestamp, input.Settings.TimeZone).DateTime))),
            new(e.Decision.InitiativeId),
            new(DecisionText(e.Decision)),
            new(e.Decision.ApproverAsShown()))).ToList(),
        "No decisions were logged this period.");

    private string DecisionText(DecisionDraft d)
    {
        var text = StatusFormat.Decision(d.DecisionType) + ": " + d.WhatChanged;
        return d.Amount is { } amount ? text + " (" + StatusFormat.Money(amount, _currency) + ")" : text;
    }

    private StatusSection VerdictChanges(IReadOnlyList<InitiativeReview> reviews)
    {
        if (_previous is null)
        {
            return new("Verdict changes since the last review", ["Initiative", "Change"], [],
                "No earlier review to compare with.");
        }
        var rows = new List<IReadOnlyList<StatusCell>>();
        foreach (var r in reviews)
        {
            var change = _previous.TryGetValue(r.Initiative.Id, out var before)
                ? before == r.Verdict ? null : $"{StatusFormat.Verdict(before)} -> {StatusFormat.Verdict(r.Verdict)}"
                : $"new -> {StatusFormat.Verdict(r.Verdict)}";
            if (change is not null)
            {
                rows.Add(Row(new(StatusFormat.Initiative(r.Initiative)), new(change, r.Verdict)));
            }
        }
        return new("Verdict changes since the last review", ["Initiative", "Change"], rows, "No verdict changed.");
    }

    private StatusSection Spend(IReadOnlyList<InitiativeReview> reviews)
    {
        var rows = reviews.Select(r => Row(
            new(StatusFormat.Initiative(r.Initiative)),
            new(StatusFormat.Money(r.Spend.MonthToDate, _currency)),
            new(StatusFormat.Money(r.Spend.Cap, _currency)),
            new(StatusFormat.Percent(r.Spend.CapUsed)),
            new(StatusFormat.Money(r.Spend.Forecast, _currency)),
            new(OverCap(r.Spend)))).ToList();
        if (reviews.Count > 1)
        {
            var total = SpendTotals.Of(reviews);
            rows.Add(Row(
                new("Total"), new(StatusFormat.Money(total.MonthToDate, _currency)), new(StatusFormat.Money(total.Cap, _currency)),
                new(StatusFormat.Percent(total.CapUsed)),
                new(StatusFormat.Money(total.Forecast, _currency)),
                new(total.Excess > 0 ? StatusFormat.Money(total.Excess, _currency) : "-")));
        }
        return new("Spend this month against the cap",
            ["Initiative", "Month to date", "Cap", "Cap used", "Forecast", "Over cap"], rows, "No spend.");
    }

    private string OverCap(SpendSummary spend) => spend.OverCap
        ? StatusFormat.Money(spend.Excess, _currency) + (spend.OverageApproved ? " (approved" : " (not approved")
          + (spend.OverageNote is { } note ? ": " + note + ")" : ")")
        : "-";

    private static StatusSection Issues(IReadOnlyList<InitiativeReview> reviews, IReadOnlyList<StatusCell[]> extra)
    {
        var rows = new List<IReadOnlyList<StatusCell>>(extra);
        foreach (var r in reviews)
        {
            var name = new StatusCell(StatusFormat.Initiative(r.Initiative));
            rows.AddRange(r.StopConditions.Select(s => Row(name, new("Stop condition: " + s.Message))));
            var controls = new[] { r.Controls.StopAuthority, r.Controls.FullCost, r.Controls.RollbackReady };
            rows.AddRange(controls.Where(c => !c.Passed).Select(c => Row(name, new("Control failing: " + c.Message))));
            rows.AddRange(r.Flags.Select(f => Row(name, new(f))));
        }
        return new("Open risks and policy issues", ["Initiative", "Issue"], rows, "No open risks or policy issues.");
    }

    private StatusSection NextDecisions(IReadOnlyList<InitiativeReview> reviews) => new(
        "Next decisions that need approval", ["Initiative", "Decision", "Who may approve", "Due"],
        reviews.OrderBy(r => r.NextDecision.Due).ThenBy(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase)
            .Select(r => Row(
                new(StatusFormat.Initiative(r.Initiative)),
                new(StatusFormat.Decision(r.NextDecision.Type)),
                new(r.NextDecision.Approvers.Count > 0
                    ? string.Join(", ", r.NextDecision.Approvers)
                    : "Nobody: no DecisionRights row allows it"),
                new(StatusFormat.Date(r.NextDecision.Due)
                    + (r.NextDecision.Due < input.Review.AsOf ? " (overdue)" : "")))).ToList(),
        "No decisions pending.");

    private static StatusCell[] Row(params StatusCell[] cells) => cells;
}
