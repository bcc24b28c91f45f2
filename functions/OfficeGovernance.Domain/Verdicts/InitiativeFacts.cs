using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Everything the rules of docs/rules.md#verdicts read about one initiative: its row, the rows of other tables that
/// name it (matched case-insensitively), its logged decisions and the risk level in use. Dates are in the workbook
/// time zone.
/// </summary>
public sealed record InitiativeFacts
{
    /// <summary>The initiative.</summary>
    public required Initiative Initiative { get; init; }
    /// <summary>The workbook settings (currency, cadence, time zone).</summary>
    public required PortfolioSettings Settings { get; init; }
    /// <summary>The as-of date, workbook time zone.</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>The classifier's answer for the initiative's inputs.</summary>
    public required RiskClassification Classification { get; init; }
    /// <summary>The initiative's scorecard, in table order.</summary>
    public IReadOnlyList<Metric> Metrics { get; init; } = [];
    /// <summary>The initiative's observations.</summary>
    public required ScorecardHistory History { get; init; }
    /// <summary>The initiative's agents, in table order (every status).</summary>
    public IReadOnlyList<Agent> Agents { get; init; } = [];
    /// <summary>The initiative's spend rows.</summary>
    public IReadOnlyList<SpendEntry> Spend { get; init; } = [];
    /// <summary>The initiative's logged decisions, in log order.</summary>
    public IReadOnlyList<DecisionEntry> Decisions { get; init; } = [];
    /// <summary>The whole DecisionRights table.</summary>
    public IReadOnlyList<DecisionRight> Rights { get; init; } = [];

    /// <summary>The risk level in use: the workbook's when set, else the classifier's.</summary>
    public RiskLevel RiskLevel => Initiative.RiskLevel ?? Classification.Level;

    /// <summary>True when the workbook leaves RiskLevel blank and the classifier's level is used.</summary>
    public bool RiskLevelClassified => Initiative.RiskLevel is null;

    /// <summary>The review cadence in days: 7 for Weekly, 14 for Biweekly.</summary>
    public int CadenceDays => Settings.ReviewCadence == ReviewCadence.Biweekly ? 14 : 7;
}
