namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The verdict on an initiative (docs/rules.md#verdicts). <see cref="Paused"/> and <see cref="Retired"/> are reported,
/// not judged: they echo the initiative's status.
/// </summary>
public enum Verdict
{
    /// <summary>Every metric succeeded in the last two periods and every expand control passes.</summary>
    Expand,
    /// <summary>Nothing calls for another verdict.</summary>
    Continue,
    /// <summary>A metric is short of target or unmeasured, the scorecard is off, or controls fail.</summary>
    Fix,
    /// <summary>A stop condition holds, targets were missed twice, or spend is over the cap unapproved.</summary>
    Pause,
    /// <summary>A metric reached its stop threshold, or the initiative is Stopped.</summary>
    Stop,
    /// <summary>Status Paused: reported, not judged.</summary>
    Paused,
    /// <summary>Status or stage Retired: reported, not judged.</summary>
    Retired,
}
