using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Reviews a whole portfolio (docs/rules.md#verdicts): per initiative the risk level, metric states, stop conditions,
/// expand controls, spend, verdict with reasons, layers, next decision and flags; and the portfolio totals.
/// Pure: reads only its arguments.
/// </summary>
public static class PortfolioReviewer
{
    /// <summary>Reviews every initiative, on every core; the reviews are in table order.</summary>
    /// <param name="workbook">The validated workbook.</param>
    /// <param name="decisions">The workbook's decision log, in chain order.</param>
    /// <param name="asOf">The as-of date, workbook time zone.</param>
    /// <param name="reviewedAt">When the review runs, UTC (recorded, not used by the rules).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A metric's thresholds contradict its direction (the first such initiative in table order).</exception>
    public static PortfolioReview Review(
        PortfolioWorkbook workbook, IReadOnlyList<DecisionEntry> decisions, DateOnly asOf, DateTimeOffset reviewedAt)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(decisions);
        var metrics = GroupBy(workbook.Metrics, m => m.InitiativeId);
        var observations = GroupBy(workbook.Observations, o => o.InitiativeId);
        var agents = GroupBy(workbook.Agents.Where(a => a.InitiativeId is not null), a => a.InitiativeId!);
        var spend = GroupBy(workbook.Spend, s => s.InitiativeId);
        var log = GroupBy(decisions, d => d.Decision.InitiativeId);
        var initiatives = workbook.Initiatives;
        var reviews = new InitiativeReview[initiatives.Count];
        // Initiatives are judged apart from each other, so they are judged on every core, in table order all the same.
        EveryCore.For(initiatives.Count, i =>
        {
            var initiative = initiatives[i];
            reviews[i] = ReviewOne(new InitiativeFacts
            {
                Initiative = initiative,
                Settings = workbook.Settings,
                AsOf = asOf,
                Classification = RiskClassifier.Classify(RiskInputs.From(initiative)),
                Metrics = Find(metrics, initiative.Id),
                History = new ScorecardHistory(Find(observations, initiative.Id), asOf, trendPeriods: VerdictRules.TrendPeriods),
                Agents = Find(agents, initiative.Id),
                Spend = Find(spend, initiative.Id),
                Decisions = Find(log, initiative.Id),
                Rights = workbook.DecisionRights,
            });
        });
        var counts = Enum.GetValues<Verdict>().ToDictionary(v => v, v => reviews.Count(r => r.Verdict == v));
        var spendTotals = SpendTotals.Of(reviews);
        var totals = new PortfolioTotals(
            spendTotals.MonthToDate, spendTotals.Cap, counts,
            KillOrMergeSelector.Select(reviews))
        {
            AgentsOutsidePortfolio = workbook.Agents.Where(a => a.InitiativeId is null)
                .Select(a => new OutsideAgent(a, StopConditionFinder.ForAgentOutsidePortfolio(a))).ToArray(),
        };
        return new PortfolioReview(asOf, workbook.Settings.Currency, reviewedAt, reviews, totals);
    }

    /// <summary>Reviews one initiative from its facts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">A metric's thresholds contradict its direction.</exception>
    public static InitiativeReview ReviewOne(InitiativeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var metrics = facts.Metrics
            .Select(m => MetricStateEvaluator.Evaluate(m, facts.History.ObservationsOf(m.Name), facts.AsOf))
            .ToArray();
        var stops = StopConditionFinder.Find(facts);
        var controls = ExpandControlChecker.Check(facts);
        var spend = SpendCalculator.Summarize(facts.Initiative, facts.Spend, facts.Decisions, facts.Rights,
            facts.RiskLevel, facts.AsOf, facts.Settings);
        var judgement = VerdictRules.Judge(facts, metrics, stops, controls, spend);
        return new InitiativeReview
        {
            Initiative = facts.Initiative,
            RiskLevel = facts.RiskLevel,
            RiskLevelClassified = facts.RiskLevelClassified,
            Verdict = judgement.Verdict,
            Reasons = judgement.Reasons,
            StopConditions = stops,
            Controls = controls,
            Layers = LayerRater.Rate(facts, metrics, stops, controls, spend),
            Spend = spend,
            Metrics = metrics,
            NextDecision = NextDecisionPlanner.Plan(facts, judgement.Verdict, spend, stops),
            Flags = ReviewFlags.For(facts, spend),
        };
    }

    private static Dictionary<string, List<T>> GroupBy<T>(IEnumerable<T> rows, Func<T, string> key)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var id = key(row).Trim();
            if (!groups.TryGetValue(id, out var list))
            {
                list = [];
                groups[id] = list;
            }
            list.Add(row);
        }
        return groups;
    }

    private static IReadOnlyList<T> Find<T>(Dictionary<string, List<T>> groups, string id) =>
        groups.TryGetValue(id.Trim(), out var list) ? list : [];
}
