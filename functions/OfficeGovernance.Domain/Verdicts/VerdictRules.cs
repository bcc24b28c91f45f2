using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The verdict of docs/rules.md#verdicts, first match wins: Stop, Pause, Fix, Expand, Continue. Status Retired (or
/// stage Retired) and Paused are reported, not judged; Status Stopped is Stop; stage Idea is judged for launch
/// readiness only.
/// </summary>
public static class VerdictRules
{
    /// <summary>The smallest and largest scorecard size that needs no fix.</summary>
    public const int MinMetrics = 3, MaxMetrics = 5;

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
            var gaps = stops.Select(s => s.Message).Concat(Failing(controls)).ToArray();
            return gaps.Length == 0
                ? new Judgement(Verdict.Continue, ["ready for a Launch decision", .. CapNotes(facts, spend)])
                : new Judgement(Verdict.Fix, gaps.Select(g => $"not ready to launch: {g}").ToArray());
        }
        var stopReasons = metrics.Where(m => m.State == MetricState.Stop)
            .Select(m => MetricStateEvaluator.Describe(m, facts.AsOf)).ToList();
        var pauseReasons = PauseReasons(facts, stops, spend);
        var fixReasons = FixReasons(facts, metrics, controls);
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
        var judgement = ExpandOrContinue(facts);
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

    private static IEnumerable<string> Failing(ExpandControls controls) =>
        new[] { controls.StopAuthority, controls.FullCost, controls.RollbackReady }
            .Where(c => !c.Passed).Select(c => c.Message);

    private static List<string> PauseReasons(InitiativeFacts facts, IReadOnlyList<StopCondition> stops, SpendSummary spend)
    {
        var reasons = stops.Select(s => s.Message).ToList();
        reasons.AddRange(ScorecardTrends.TwoCycleMisses(facts.Metrics, facts.History));
        reasons.AddRange(ScorecardTrends.EditsOutweighSavings(facts.Metrics, facts.History));
        if (spend.OverCap && !spend.OverageApproved)
        {
            var currency = facts.Settings.Currency;
            reasons.Add($"month-to-date spend {ValueText.Money(spend.MonthToDate, currency)} is over the cap " +
                        $"{ValueText.Money(spend.Cap, currency)} without an approved overage: {spend.OverageNote}");
        }
        return reasons;
    }

    private static List<string> FixReasons(InitiativeFacts facts, IReadOnlyList<MetricReview> metrics, ExpandControls controls)
    {
        var reasons = metrics.Where(m => m.State is MetricState.Retry or MetricState.Unmeasured)
            .Select(m => MetricStateEvaluator.Describe(m, facts.AsOf)).ToList();
        if (metrics.Count is > 0 and (< MinMetrics or > MaxMetrics))
        {
            reasons.Add($"the scorecard has {metrics.Count} metric{(metrics.Count == 1 ? "" : "s")} " +
                        $"(needs {MinMetrics} to {MaxMetrics})");
        }
        if (metrics.Count > 0 && metrics.All(m => m.State == MetricState.Success))
        {
            reasons.AddRange(Failing(controls).Select(c => $"fix controls before expanding: {c}"));
        }
        return reasons;
    }

    private static Judgement ExpandOrContinue(InitiativeFacts facts)
    {
        if (facts.History.LastTwoPeriods is not [var first, var second])
        {
            return new Judgement(Verdict.Continue,
                ["every metric is at Success, but fewer than two periods are observed (Expand needs two)"]);
        }
        var shortfalls = facts.Metrics
            .SelectMany(m => new[] { first, second }
                .Where(p => facts.History.StateAt(m, p) != MetricState.Success)
                .Select(p => facts.History.At(m.Name, p) is { } o
                    ? $"{m.Name} was {ValueText.Quantity(o.Value, m.Unit)} on {ValueText.Date(p)} " +
                      $"(success at {ValueText.Quantity(m.SuccessAt, m.Unit)})"
                    : $"{m.Name} has no observation on {ValueText.Date(p)}"))
            .ToArray();
        return shortfalls.Length == 0
            ? new Judgement(Verdict.Expand,
                [$"every metric met its target on {ValueText.Date(first)} and {ValueText.Date(second)}, and every expand control passes"])
            : new Judgement(Verdict.Continue,
                [$"not yet at Success in both of the last two periods: {string.Join("; ", shortfalls)}"]);
    }
}
