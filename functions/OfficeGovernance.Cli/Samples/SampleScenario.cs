namespace OfficeGovernance.Cli.Samples;

/// <summary>
/// What the sample makes of one use case, so that the sample shows every verdict, every stop condition and every
/// expand control failing somewhere (issue #2). The comment on each member names the outcome it is built for.
/// </summary>
public enum SampleScenario
{
    /// <summary>Expand: every metric at success twice, every control in place.</summary>
    Expand,
    /// <summary>Expand despite being over the cap: an Overage decision covers the excess.</summary>
    ExpandWithApprovedOverage,
    /// <summary>Expand on a High-risk change of permissions that a High-risk approver launched in the log.</summary>
    ExpandApprovedHighRisk,
    /// <summary>Continue: at success now, short of it the period before.</summary>
    Continue,
    /// <summary>Continue, with a forecast over the cap as a warning.</summary>
    ContinueForecastOverCap,
    /// <summary>Idea stage, ready for a Launch decision.</summary>
    IdeaReady,
    /// <summary>Idea stage, not ready: no stop authority and no rollback plan.</summary>
    IdeaNoControls,
    /// <summary>Idea stage, not ready: success cannot be measured.</summary>
    IdeaNoMetrics,
    /// <summary>Fix: one metric between its thresholds.</summary>
    FixRetry,
    /// <summary>Fix: one metric never measured, and no staff time in the month (full cost unseen).</summary>
    FixUnmeasuredNoStaffTime,
    /// <summary>Fix: metrics succeed but no one is named to stop it.</summary>
    FixNoStopAuthority,
    /// <summary>Fix: only two metrics, and the rollback drill is overdue.</summary>
    FixSmallScorecardStaleDrill,
    /// <summary>Pause: customer data with spot-checks only.</summary>
    PauseCustomerData,
    /// <summary>Pause: month-to-date spend over the cap, no overage approved.</summary>
    PauseOverCap,
    /// <summary>Pause: agents without a kill-switch owner, and a coordinator working unsupervised on High risk.</summary>
    PauseUncontrolledAgents,
    /// <summary>Pause: missed the target two review cycles in a row.</summary>
    PauseTwoMisses,
    /// <summary>Pause: changes permissions; its Launch was approved by someone not entitled to High risk.</summary>
    PauseUnapprovedChange,
    /// <summary>Pause: edits cost more time than the drafts save.</summary>
    PauseReviewSlowerThanDraft,
    /// <summary>Pause: failure would be invisible.</summary>
    PauseInvisibleFailure,
    /// <summary>Pause: no owner, no success metric, and nothing describes the work (risk cannot be assessed).</summary>
    PauseNoOwner,
    /// <summary>Stop: a metric reached its stop threshold.</summary>
    StopMetric,
    /// <summary>Stop: status Stopped.</summary>
    StopStatus,
    /// <summary>Status Paused: reported, not judged.</summary>
    PausedStatus,
    /// <summary>Retired.</summary>
    Retired,
}
