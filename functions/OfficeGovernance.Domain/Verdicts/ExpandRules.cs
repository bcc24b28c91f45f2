namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Whether an initiative with nothing to stop, pause or fix may expand (docs/rules.md#verdicts, rules 4 and 5):
/// Expand when every metric was at Success in every period of the trend window (<see cref="VerdictRules.TrendPeriods"/>;
/// the expand controls already passed, or <see cref="FixRules"/> would have said so), else Continue, saying which
/// metric fell short where.
/// </summary>
public static class ExpandRules
{
    /// <summary>Expand or Continue, with the reason.</summary>
    /// <param name="facts">The initiative's facts (its metrics and their history).</param>
    /// <exception cref="ArgumentException">A metric's thresholds contradict its direction.</exception>
    public static Judgement Judge(InitiativeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var history = facts.History;
        var needed = TrendText.Count(history.TrendPeriodCount);
        if (!history.HasFullTrend)
        {
            return new Judgement(Verdict.Continue,
                [$"every metric is at Success, but fewer than {needed} periods are observed (Expand needs {needed})"]);
        }
        var periods = history.TrendPeriods;
        var shortfalls = facts.Metrics
            .SelectMany(m => periods
                .Where(p => history.StateAt(m, p) != MetricState.Success)
                .Select(p => history.At(m.Name, p) is { } o
                    ? $"{m.Name} was {ValueText.Quantity(o.Value, m.Unit)} on {ValueText.Date(p)} " +
                      $"(success at {ValueText.Quantity(m.SuccessAt, m.Unit)})"
                    : $"{m.Name} has no observation on {ValueText.Date(p)}"))
            .ToArray();
        var all = periods.Count == 2 ? "both" : "all";
        return shortfalls.Length == 0
            ? new Judgement(Verdict.Expand,
                [$"every metric met its target on {TrendText.And(periods.Select(ValueText.Date).ToArray())}, and every expand control passes"])
            : new Judgement(Verdict.Continue,
                [$"not yet at Success in {all} of the last {needed} periods: {string.Join("; ", shortfalls)}"]);
    }
}
