using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Cli.Samples;

/// <summary>Assigns scenarios to the sample's use cases.</summary>
public static class SamplePlan
{
    // By source record, so that the assignment survives a reordering of the source file. Each scenario fits its use
    // case's stage in the inventory (ideas were "Initiated", the retired one was retired).
    private static readonly Dictionary<int, SampleScenario> Scenarios = new()
    {
        [88] = SampleScenario.PauseCustomerData,
        [228] = SampleScenario.Expand,
        [293] = SampleScenario.PauseOverCap,
        [334] = SampleScenario.FixRetry,
        [564] = SampleScenario.Continue,
        [586] = SampleScenario.IdeaReady,
        [648] = SampleScenario.PauseUncontrolledAgents,
        [910] = SampleScenario.FixNoStopAuthority,
        [987] = SampleScenario.Retired,
        [1162] = SampleScenario.PauseTwoMisses,
        [1229] = SampleScenario.StopMetric,
        [1282] = SampleScenario.IdeaNoControls,
        [1326] = SampleScenario.IdeaNoMetrics,
        [1369] = SampleScenario.PauseUnapprovedChange,
        [1386] = SampleScenario.ExpandWithApprovedOverage,
        [1426] = SampleScenario.PauseReviewSlowerThanDraft,
        [1442] = SampleScenario.ExpandApprovedHighRisk,
        [1454] = SampleScenario.FixUnmeasuredNoStaffTime,
        [1611] = SampleScenario.PauseInvisibleFailure,
        [1737] = SampleScenario.PausedStatus,
        [1759] = SampleScenario.StopStatus,
        [2041] = SampleScenario.PauseNoOwner,
        [2069] = SampleScenario.FixSmallScorecardStaleDrill,
        [2127] = SampleScenario.ContinueForecastOverCap,
    };

    /// <summary>The plan for the given use cases, in their order.</summary>
    /// <exception cref="InvalidOperationException">A use case has no scenario.</exception>
    public static IReadOnlyList<SamplePlanItem> For(IReadOnlyList<SampleUseCase> useCases) =>
        useCases.Select((u, i) => new SamplePlanItem(
            i, u,
            Scenarios.TryGetValue(u.SourceRecord, out var s) ? s
                : throw new InvalidOperationException($"Sample use case {u.SourceRecord} has no scenario."),
            $"{u.Agency}-{u.SourceRecord:D4}")).ToArray();

    /// <summary>The states of metric <paramref name="metric"/> (of <paramref name="count"/>) in the last two periods.</summary>
    public static (MetricState Previous, MetricState Latest) States(SampleScenario scenario, int metric, int count) =>
        scenario switch
        {
            SampleScenario.Continue or SampleScenario.ContinueForecastOverCap when metric == 0 => (MetricState.Retry, MetricState.Success),
            SampleScenario.FixRetry when metric == 1 => (MetricState.Success, MetricState.Retry),
            SampleScenario.FixUnmeasuredNoStaffTime when metric == count - 1 => (MetricState.Unmeasured, MetricState.Unmeasured),
            SampleScenario.PauseTwoMisses when metric == 0 => (MetricState.Retry, MetricState.Retry),
            SampleScenario.StopMetric when metric == 2 => (MetricState.Retry, MetricState.Stop),
            SampleScenario.PausedStatus when metric == 0 => (MetricState.Retry, MetricState.Retry),
            _ => (MetricState.Success, MetricState.Success),
        };
}
