using OfficeGovernance.Domain.Portfolio;

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

/// <summary>Red/Amber/Green rating of a layer.</summary>
public enum Rag
{
    /// <summary>In order.</summary>
    Green,
    /// <summary>Needs attention.</summary>
    Amber,
    /// <summary>Blocks the work.</summary>
    Red,
}

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

/// <summary>The stop conditions of docs/rules.md#stop-conditions; any one pauses the work.</summary>
public enum StopConditionKind
{
    /// <summary>Owner blank or not an email.</summary>
    NoOwner,
    /// <summary>Customer personal or regulated data while the checkpoint is None or Spot-check.</summary>
    CustomerDataWithoutReview,
    /// <summary>Changes permissions, billing or production without a logged Launch/Exception by a High-risk approver.</summary>
    UnapprovedHighImpactChange,
    /// <summary>No SuccessMetric or no Metrics rows.</summary>
    SuccessNotMeasurable,
    /// <summary>FailureVisibility is Invisible.</summary>
    InvisibleFailure,
    /// <summary>An agent lacks an owner, kill-switch owner or rollback path, or works unsupervised on High risk.</summary>
    AgentUncontrolled,
    /// <summary>RiskLevel is blank and the classifier finds the use case undescribed (docs/rules.md#risk-classifier).</summary>
    RiskNotAssessed,
}

/// <summary>A stop condition that holds, with a message that names the values behind it.</summary>
public sealed record StopCondition(StopConditionKind Kind, string Message);

/// <summary>One expand control's result: whether it passes and why, in words.</summary>
public sealed record ControlResult(bool Passed, string Message);

/// <summary>The three expand controls of docs/rules.md#expand-controls ("does the company control the pilot?").</summary>
public sealed record ExpandControls(ControlResult StopAuthority, ControlResult FullCost, ControlResult RollbackReady)
{
    /// <summary>True when all three pass.</summary>
    public bool AllPass => StopAuthority.Passed && FullCost.Passed && RollbackReady.Passed;
}

/// <summary>The five layers of docs/rules.md#layers, each Red/Amber/Green.</summary>
public sealed record LayerRatings(Rag Workflow, Rag Policy, Rag Context, Rag Evaluation, Rag Economics);

/// <summary>
/// Spend of one initiative in the as-of month (docs/rules.md#spend). Money in the workbook currency.
/// </summary>
/// <param name="MonthToDate">Cost dated from the first of the as-of month to the as-of date, inclusive.</param>
/// <param name="Cap">The monthly budget cap.</param>
/// <param name="CapUsed">MonthToDate / Cap as a fraction (1 = 100%); null when the cap is 0.</param>
/// <param name="Forecast">MonthToDate x days in month / day of month.</param>
/// <param name="OverCap">MonthToDate &gt; Cap.</param>
/// <param name="Excess">MonthToDate - Cap when over the cap, else 0.</param>
/// <param name="OverageApproved">Whether an Overage decision covers the excess (false when not over the cap).</param>
/// <param name="OverageNote">Who approved the overage, or why it is not approved; null when not over the cap.</param>
public sealed record SpendSummary(
    decimal MonthToDate, decimal Cap, double? CapUsed, decimal Forecast, bool OverCap, decimal Excess,
    bool OverageApproved, string? OverageNote)
{
    /// <summary>
    /// Past months over the cap, oldest first (docs/rules.md#overage): every open one, and the month before the
    /// as-of month when covered (<see cref="Spend.SpendCalculator.PastOverruns"/>); empty when none.
    /// </summary>
    public IReadOnlyList<Spend.PastOverrun> PastOverruns { get; init; } = [];

    /// <summary>The past months over the cap that no Overage decision covers: the initiative cannot Expand.</summary>
    public IReadOnlyList<Spend.PastOverrun> OpenOverruns => PastOverruns.Where(p => p.Open).ToArray();
}

/// <summary>A metric's review: its state now and in the last two periods.</summary>
/// <param name="Metric">The scorecard row.</param>
/// <param name="State">The state from the latest observation on or before the as-of date.</param>
/// <param name="Latest">That observation; null when unmeasured.</param>
public sealed record MetricReview(Metric Metric, MetricState State, Observation? Latest);

/// <summary>
/// The next decision an initiative needs, who may take it and by when (workbook time zone), and whether it is due now
/// (docs/rules.md#next-decision-and-flags).
/// </summary>
/// <param name="Type">The decision type.</param>
/// <param name="Due">The date it is due.</param>
/// <param name="Approvers">Approvers whose decision rights allow it; empty when nobody may (itself a finding).</param>
/// <param name="WaitingBecause">Why the decision is waiting now; null when none is due.</param>
/// <param name="AtStake">Money at stake, workbook currency: the excess for an Overage, else the larger of the month's
/// forecast spend and the monthly cap.</param>
public sealed record NextDecision(
    DecisionType Type, DateOnly Due, IReadOnlyList<string> Approvers, string? WaitingBecause = null, decimal AtStake = 0m)
{
    /// <summary>True when a decision is waiting now (<see cref="WaitingBecause"/> is set).</summary>
    public bool IsWaiting => WaitingBecause is not null;
}

/// <summary>The review of one initiative.</summary>
public sealed record InitiativeReview
{
    /// <summary>The initiative reviewed.</summary>
    public required Initiative Initiative { get; init; }
    /// <summary>The risk level used: the workbook's, or the classifier's when the workbook leaves it blank.</summary>
    public required RiskLevel RiskLevel { get; init; }
    /// <summary>True when <see cref="RiskLevel"/> came from the classifier.</summary>
    public required bool RiskLevelClassified { get; init; }
    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }
    /// <summary>Why, quoting values and thresholds; the first reason is the one that decided the verdict.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
    /// <summary>Every stop condition that holds.</summary>
    public required IReadOnlyList<StopCondition> StopConditions { get; init; }
    /// <summary>The expand controls.</summary>
    public required ExpandControls Controls { get; init; }
    /// <summary>The layer ratings.</summary>
    public required LayerRatings Layers { get; init; }
    /// <summary>Spend against the cap.</summary>
    public required SpendSummary Spend { get; init; }
    /// <summary>The scorecard.</summary>
    public required IReadOnlyList<MetricReview> Metrics { get; init; }
    /// <summary>The next decision needed.</summary>
    public required NextDecision NextDecision { get; init; }
    /// <summary>Warnings that do not change the verdict (forecast over cap, overdue drill or review, ...).</summary>
    public required IReadOnlyList<string> Flags { get; init; }
}

/// <summary>Portfolio totals (docs/rules.md#command-line, review JSON "portfolio").</summary>
/// <param name="MonthToDate">Sum of initiatives' month-to-date spend, workbook currency.</param>
/// <param name="Cap">Sum of monthly caps, workbook currency.</param>
/// <param name="VerdictCounts">How many initiatives got each verdict (every verdict present, zero included).</param>
/// <param name="KillOrMergeCandidates">Initiatives to stop or merge with their figures, in portfolio order.</param>
public sealed record PortfolioTotals(
    decimal MonthToDate, decimal Cap, IReadOnlyDictionary<Verdict, int> VerdictCounts,
    IReadOnlyList<KillOrMergeCandidate> KillOrMergeCandidates)
{
    /// <summary>
    /// Agents that belong to no initiative (blank InitiativeId, added by <c>sync-agents</c>): "agents outside the
    /// portfolio" (docs/rules.md#agent-sync), in table order, each with its stop condition.
    /// </summary>
    public IReadOnlyList<OutsideAgent> AgentsOutsidePortfolio { get; init; } = [];
}

/// <summary>A whole review.</summary>
/// <param name="AsOf">The as-of date, in the workbook time zone.</param>
/// <param name="Currency">The workbook currency.</param>
/// <param name="ReviewedAt">When the review ran, UTC.</param>
/// <param name="Initiatives">One review per initiative, in table order.</param>
/// <param name="Portfolio">Totals.</param>
public sealed record PortfolioReview(
    DateOnly AsOf, string Currency, DateTimeOffset ReviewedAt, IReadOnlyList<InitiativeReview> Initiatives,
    PortfolioTotals Portfolio);
