namespace OfficeGovernance.Domain.Portfolio;

/// <summary>One row of the Observations table: a metric's value for the period ending on <see cref="PeriodEnd"/>.</summary>
public sealed record Observation
{
    /// <summary>The initiative (an existing InitiativeId).</summary>
    public required string InitiativeId { get; init; }
    /// <summary>The metric (an existing Metric of that initiative).</summary>
    public required string Metric { get; init; }
    /// <summary>The last day of the period, in the workbook time zone.</summary>
    public required DateOnly PeriodEnd { get; init; }
    /// <summary>The observed value, in the metric's unit.</summary>
    public required double Value { get; init; }
    /// <summary>Where the value came from; null when blank.</summary>
    public string? Source { get; init; }
    /// <summary>The table data row this came from, 1-based.</summary>
    public int Row { get; init; }
}
