namespace OfficeGovernance.Domain.Verdicts;

/// <summary>A metric's state from its latest observation on or before the as-of date (docs/rules.md#metric-state).</summary>
public enum MetricState
{
    /// <summary>The value reached SuccessAt.</summary>
    Success,
    /// <summary>Between StopAt and SuccessAt.</summary>
    Retry,
    /// <summary>The value reached StopAt.</summary>
    Stop,
    /// <summary>No observation on or before the as-of date.</summary>
    Unmeasured,
}
