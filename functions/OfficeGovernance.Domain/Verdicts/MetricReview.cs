using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>A metric's review: its state now and in the last two periods.</summary>
/// <param name="Metric">The scorecard row.</param>
/// <param name="State">The state from the latest observation on or before the as-of date.</param>
/// <param name="Latest">That observation; null when unmeasured.</param>
public sealed record MetricReview(Metric Metric, MetricState State, Observation? Latest);
