using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The verdict of docs/rules.md#verdicts, first match wins: <see cref="StopRules"/>, <see cref="PauseRules"/>,
/// <see cref="FixRules"/>, then <see cref="ExpandRules"/> (Expand or Continue). Status Retired (or stage Retired) and
/// Paused are reported, not judged; Status Stopped is Stop; stage Idea is judged for launch readiness only.
/// </summary>
public static class VerdictRules
{
    /// <summary>
    /// The trend window of the verdict rules: how many of the latest periods a metric must miss to pause ("two
    /// review cycles in a row") or meet to expand. The reviewer builds each <see cref="ScorecardHistory"/> with it.
    /// </summary>
    public const int TrendPeriods = 2;

    /// <summary>Judges one initiative from the findings of the other rules.</summary>
    /// <param name="facts">The initiative's facts.</param>
    /// <param name="metrics">Its metric reviews, in scorecard order.</param>
    /// <param name="stops">The stop conditions that hold.</param>
    /// <param name="controls">The expand controls.</param>
    /// <param name="spend">Its spend summary.</param>
    /// <exception cref="ArgumentException">A metric's thresholds contradict its direction.</exception>
    public static Judgement Judge(
        InitiativeFacts facts, IReadOnlyList<MetricReview> metrics, IReadOnlyList<StopCondition> stops,
        ExpandControls controls, SpendSummary spend)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(spend);
        var initiative = facts.Initiative;
        if (initiative.Status == InitiativeStatus.Retired || initiative.Stage == Stage.Retired)
        {
            var what = initiative.Status == InitiativeStatus.Retired ? "Status" : "Stage";
            return new Judgement(Verdict.Retired, [$"reported, not judged: {what} is Retired"]);
        }
        if (initiative.Status == InitiativeStatus.Paused)
        {
            return new Judgement(Verdict.Paused, ["reported, not judged: Status is Paused"]);
        }
        if (initiative.Status == InitiativeStatus.Stopped)
        {
            return new Judgement(Verdict.Stop, ["Status is Stopped"]);
        }
        if (initiative.Stage == Stage.Idea)
        {
            var gaps = stops.Select(s => s.Message).Concat(FixRules.FailingControls(controls)).ToArray();
            return gaps.Length == 0
                ? new Judgement(Verdict.Continue, ["ready for a Launch decision", .. CapNotes(facts, spend)])
                : new Judgement(Verdict.Fix, gaps.Select(g => $"not ready to launch: {g}").ToArray());
        }
        var stopReasons = StopRules.Reasons(facts, metrics);
        var pauseReasons = PauseRules.Reasons(facts, stops, spend);
        var fixReasons = FixRules.Reasons(facts, metrics, controls);
        // A past month's uncovered excess stays open (docs/rules.md#overage): listed whatever the verdict, as is
        // who covered last month's.
        var open = spend.PastOverruns.OrderBy(p => p.Covered).Select(o => o.Message).ToArray();
        if (stopReasons.Count > 0)
        {
            return new Judgement(Verdict.Stop, [.. stopReasons, .. pauseReasons, .. fixReasons, .. open]);
        }
        if (pauseReasons.Count > 0)
        {
            return new Judgement(Verdict.Pause, [.. pauseReasons, .. fixReasons, .. open]);
        }
        if (fixReasons.Count > 0)
        {
            return new Judgement(Verdict.Fix, [.. fixReasons, .. open]);
        }
        var judgement = ExpandRules.Judge(facts);
        var notes = CapNotes(facts, spend).ToArray();
        if (open.Length == 0)
        {
            return judgement with { Reasons = [.. judgement.Reasons, .. notes] };
        }
        return judgement.Verdict == Verdict.Expand && spend.OpenOverruns.Count > 0
            ? new Judgement(Verdict.Continue, [$"cannot Expand until it is covered: {open[0]}", .. open.Skip(1), .. judgement.Reasons, .. notes])
            : judgement with { Reasons = [.. judgement.Reasons, .. open, .. notes] };
    }

    /// <summary>
    /// What an Expand or Continue verdict says about spend over its cap (docs/rules.md#spend: "every Expand
    /// or Continue over its cap says so"): month-to-date over the cap with the approved overage, and a forecast over
    /// the cap with its share of the cap.
    /// </summary>
    private static IEnumerable<string> CapNotes(InitiativeFacts facts, SpendSummary spend)
    {
        var currency = facts.Settings.Currency;
        if (spend.OverCap)
        {
            yield return $"month-to-date spend {ValueText.Money(spend.MonthToDate, currency)} is over the cap " +
                         $"{ValueText.Money(spend.Cap, currency)}: {spend.OverageNote}";
        }
        if (spend.Cap > 0 && spend.Forecast > spend.Cap)
        {
            var share = Math.Round(spend.Forecast / spend.Cap * 100m, MidpointRounding.AwayFromZero);
            yield return $"forecast {ValueText.Money(spend.Forecast, currency)} is {ValueText.Number(share)}% of the cap " +
                         $"{ValueText.Money(spend.Cap, currency)}";
        }
    }
}
