namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// One row of the Metrics table (docs/rules.md#workbook-contract): a scorecard metric with its baseline and thresholds.
/// For <see cref="MetricDirection.HigherIsBetter"/>, StopAt &lt; SuccessAt; for LowerIsBetter, StopAt &gt; SuccessAt.
/// </summary>
public sealed record Metric
{
    /// <summary>The initiative (an existing InitiativeId).</summary>
    public required string InitiativeId { get; init; }
    /// <summary>The metric name, unique within the initiative (case-insensitive).</summary>
    public required string Name { get; init; }
    /// <summary>The kind; null when blank.</summary>
    public MetricKind? Kind { get; init; }
    /// <summary>The unit, such as "minutes"; null when blank.</summary>
    public string? Unit { get; init; }
    /// <summary>Which way is better.</summary>
    public required MetricDirection Direction { get; init; }
    /// <summary>The value before the initiative, in <see cref="Unit"/>.</summary>
    public required double Baseline { get; init; }
    /// <summary>The success threshold, reached inclusively.</summary>
    public required double SuccessAt { get; init; }
    /// <summary>The stop threshold, reached inclusively.</summary>
    public required double StopAt { get; init; }
    /// <summary>The table data row this came from, 1-based.</summary>
    public int Row { get; init; }
}
