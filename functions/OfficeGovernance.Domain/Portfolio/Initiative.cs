namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// One row of the Initiatives table (docs/rules.md#workbook-contract): an AI initiative with its owner, stage, risk inputs,
/// budget cap and rollback readiness. Money is in <see cref="PortfolioSettings.Currency"/>; dates are calendar dates
/// in the workbook time zone.
/// </summary>
public sealed record Initiative
{
    /// <summary>The unique id (InitiativeId), trimmed; matched case-insensitively by other tables.</summary>
    public required string Id { get; init; }
    /// <summary>The display name.</summary>
    public required string Name { get; init; }
    /// <summary>The business workflow the initiative changes; null when blank.</summary>
    public string? Workflow { get; init; }
    /// <summary>The owning department; null when blank.</summary>
    public string? Department { get; init; }
    /// <summary>The objective; null when blank.</summary>
    public Objective? Objective { get; init; }
    /// <summary>The workflow owner as written; may be blank or not an email (a stop condition).</summary>
    public string? Owner { get; init; }
    /// <summary>The one person who can stop the work today; null when blank (an expand control fails).</summary>
    public string? StopAuthority { get; init; }
    /// <summary>The stage.</summary>
    public required Stage Stage { get; init; }
    /// <summary>The status; blank in the workbook reads as Active.</summary>
    public InitiativeStatus Status { get; init; } = InitiativeStatus.Active;
    /// <summary>Data touched; empty when the column is blank (not declared).</summary>
    public IReadOnlySet<DataCategory> DataTouched { get; init; } = new HashSet<DataCategory>();
    /// <summary>Actions the AI takes; empty when blank.</summary>
    public IReadOnlySet<WorkAction> Actions { get; init; } = new HashSet<WorkAction>();
    /// <summary>The audience; null when blank.</summary>
    public Audience? Audience { get; init; }
    /// <summary>The human checkpoint; null when blank.</summary>
    public HumanCheckpoint? HumanCheckpoint { get; init; }
    /// <summary>How failure shows; null when blank.</summary>
    public FailureVisibility? FailureVisibility { get; init; }
    /// <summary>The risk level set in the workbook; null means "classify" (docs/rules.md#risk-classifier).</summary>
    public RiskLevel? RiskLevel { get; init; }
    /// <summary>
    /// What the AI does and for whom, in words: the classifier's text input (docs/rules.md#workbook-contract, Purpose;
    /// docs/rules.md#risk-classifier). An inventory import fills it from the use case's purpose, benefits and outputs text; null when
    /// blank.
    /// </summary>
    public string? Purpose { get; init; }
    /// <summary>The monthly budget cap, in the workbook currency; never negative.</summary>
    public required decimal MonthlyBudgetCap { get; init; }
    /// <summary>Who approves an overage up to <see cref="OverageLimit"/>; null when blank.</summary>
    public string? OverageApprover { get; init; }
    /// <summary>The excess over the cap that <see cref="OverageApprover"/> may approve, in the workbook currency; null when blank.</summary>
    public decimal? OverageLimit { get; init; }
    /// <summary>The success metric in words; null when blank (a stop condition).</summary>
    public string? SuccessMetric { get; init; }
    /// <summary>The rollback plan; null when blank.</summary>
    public string? RollbackPlan { get; init; }
    /// <summary>The manual process to fall back to; null when blank.</summary>
    public string? FallbackProcess { get; init; }
    /// <summary>Who runs the fallback process; null when blank.</summary>
    public string? FallbackOwner { get; init; }
    /// <summary>The date of the last rollback drill; null when never drilled.</summary>
    public DateOnly? LastRollbackDrill { get; init; }
    /// <summary>The launch date; null when blank.</summary>
    public DateOnly? LaunchDate { get; init; }
    /// <summary>The next review date; null when blank.</summary>
    public DateOnly? NextReviewDate { get; init; }
    /// <summary>The date the next decision is due; null when blank.</summary>
    public DateOnly? DecisionDueDate { get; init; }
    /// <summary>The table data row this came from, 1-based (for messages).</summary>
    public int Row { get; init; }
}
