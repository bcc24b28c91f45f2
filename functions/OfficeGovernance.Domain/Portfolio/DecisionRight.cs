namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// One row of the DecisionRights table (docs/rules.md#decision-rights): who may take which decision, where, up to what
/// amount and risk level.
/// </summary>
public sealed record DecisionRight
{
    /// <summary>The decision type.</summary>
    public required DecisionType Type { get; init; }
    /// <summary>The approver's email, compared case-insensitively.</summary>
    public required string Approver { get; init; }
    /// <summary>An InitiativeId, or <c>*</c> for every initiative (blank reads as <c>*</c>).</summary>
    public string Scope { get; init; } = "*";
    /// <summary>The largest amount, in the workbook currency; null = no limit.</summary>
    public decimal? MaxAmount { get; init; }
    /// <summary>The highest risk level covered (blank in the workbook = High).</summary>
    public RiskLevel MaxRiskLevel { get; init; } = RiskLevel.High;
    /// <summary>The table data row this came from, 1-based.</summary>
    public int Row { get; init; }
}
