using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Cli.Samples;

/// <summary>
/// Builds <c>samples/portfolio.xlsx</c> from 24 real federal AI use cases and generated, seeded scorecards, spend,
/// agents and decisions, so that its review as of <see cref="AsOf"/> shows every verdict, every stop condition and
/// every expand control failing somewhere (issue #2).
/// </summary>
public static class SamplePortfolioGenerator
{
    /// <summary>The date the sample is built around (a Friday), in the workbook time zone.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 20);

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 2026;

    private const int Periods = 10;

    /// <summary>Generates the sample; the same seed gives the same workbook.</summary>
    public static SamplePortfolio Generate(int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var scorecard = new SampleScorecard(random, AsOf, Periods);
        var spend = new SampleSpend(random, AsOf);
        var useCases = SampleUseCase.LoadEmbedded();
        var plan = SamplePlan.For(useCases);
        var build = new SampleBuild();
        var securityId = plan.First(p => p.Scenario == SampleScenario.ExpandApprovedHighRisk).Id;

        foreach (var item in plan)
        {
            var runRate = spend.NextRunRate();
            var initiative = SampleInitiatives.Base(item, runRate, AsOf);
            build.Initiatives.Add(SampleInitiatives.Adjust(initiative, item.Scenario, runRate, AsOf));
            build.Agents.AddRange(SampleAgents.For(item, build.Agents.Count));
            AddScorecard(build, scorecard, item);
            AddSpend(build, spend, item, runRate);
        }

        var workbook = new PortfolioWorkbook
        {
            Settings = SamplePeople.Settings with { WorkbookId = WorkbookIdFor(seed) },
            Initiatives = Numbered(build.Initiatives, (x, row) => x with { Row = row }),
            Agents = Numbered(build.Agents, (x, row) => x with { Row = row }),
            Metrics = Numbered(build.Metrics, (x, row) => x with { Row = row }),
            Observations = Numbered(build.Observations, (x, row) => x with { Row = row }),
            Spend = Numbered(build.Spend, (x, row) => x with { Row = row }),
            DecisionRights = SamplePeople.Rights(securityId),
        };
        return new SamplePortfolio(workbook, SampleDecisions.For(plan, workbook, AsOf));
    }

    /// <summary>
    /// The sample's Settings WorkbookId: a version-4 GUID drawn from its own generator, so the same seed gives the same
    /// id and the rest of the sample keeps the draws it always had.
    /// </summary>
    private static Guid WorkbookIdFor(int seed)
    {
        var bytes = new byte[16];
        new Random(unchecked((seed * 31) + 7)).NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static void AddScorecard(SampleBuild build, SampleScorecard scorecard, SamplePlanItem item)
    {
        var id = item.Id;
        var source = $"{item.UseCase.Agency} weekly report";
        switch (item.Scenario)
        {
            case SampleScenario.IdeaNoMetrics or SampleScenario.PauseNoOwner:
                return;
            case SampleScenario.IdeaReady or SampleScenario.IdeaNoControls:
                build.Metrics.AddRange(scorecard.Standard(id, 3));
                return;
            case SampleScenario.PauseReviewSlowerThanDraft:
                var saved = SampleScorecard.Extra(id, "Time saved per case", MetricKind.Speed, "minutes", MetricDirection.HigherIsBetter, 0, 5, 1);
                var review = SampleScorecard.Extra(id, "Review time per draft", MetricKind.ReviewTime, "minutes", MetricDirection.LowerIsBetter, 0, 8, 15);
                build.Metrics.AddRange([saved, review, .. scorecard.Standard(id, 2)]);
                build.Observations.AddRange(scorecard.Standard(id, 2).SelectMany(m => scorecard.Observe(m, MetricState.Success, MetricState.Success, source)));
                build.Observations.AddRange(Pair(scorecard, saved, 5.5, 6.0, source));
                build.Observations.AddRange(Pair(scorecard, review, 6.5, 7.0, source));
                return;
        }

        var count = item.Scenario == SampleScenario.FixSmallScorecardStaleDrill ? 2 : 4;
        var metrics = scorecard.Standard(id, count).ToList();
        if (item.Scenario == SampleScenario.FixUnmeasuredNoStaffTime)
        {
            metrics.Add(SampleScorecard.Extra(id, "Learner satisfaction", MetricKind.Business, "score", MetricDirection.HigherIsBetter, 3.2, 4.2, 2.8));
        }
        build.Metrics.AddRange(metrics);
        for (var i = 0; i < metrics.Count; i++)
        {
            var (previous, latest) = SamplePlan.States(item.Scenario, i, metrics.Count);
            build.Observations.AddRange(scorecard.Observe(metrics[i], previous, latest, source));
        }
    }

    private static IEnumerable<Observation> Pair(SampleScorecard scorecard, Metric metric, double previous, double latest, string source) =>
        scorecard.Observe(metric, MetricState.Retry, MetricState.Retry, source).Select(o =>
            o.PeriodEnd == scorecard.PeriodEnds[^1] ? o with { Value = latest }
            : o.PeriodEnd == scorecard.PeriodEnds[^2] ? o with { Value = previous } : o);

    private static void AddSpend(SampleBuild build, SampleSpend spend, SamplePlanItem item, decimal runRate)
    {
        if (item.Scenario == SampleScenario.Retired)
        {
            return;
        }
        var staffTime = item.Scenario != SampleScenario.FixUnmeasuredNoStaffTime;
        build.Spend.AddRange(spend.Generate(item.Id, runRate, staffTime, outsideHelp: item.Index % 3 == 0));
        var extra = item.Scenario switch
        {
            SampleScenario.PauseOverCap => 0.90m,
            SampleScenario.ExpandWithApprovedOverage => 0.85m,
            SampleScenario.ContinueForecastOverCap => 0.45m,
            _ => 0m,
        };
        if (extra > 0)
        {
            build.Spend.Add(spend.Extra(item.Id, runRate * extra, "Unplanned surge support"));
        }
    }

    private static IReadOnlyList<T> Numbered<T>(List<T> rows, Func<T, int, T> withRow) =>
        rows.Select((x, i) => withRow(x, i + 1)).ToArray();

    private sealed class SampleBuild
    {
        public List<Initiative> Initiatives { get; } = [];
        public List<Agent> Agents { get; } = [];
        public List<Metric> Metrics { get; } = [];
        public List<Observation> Observations { get; } = [];
        public List<SpendEntry> Spend { get; } = [];
    }
}
