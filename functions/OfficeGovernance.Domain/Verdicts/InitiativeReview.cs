using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

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
