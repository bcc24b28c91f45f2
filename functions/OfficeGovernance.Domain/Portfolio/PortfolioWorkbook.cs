namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// The validated content of a portfolio workbook's input tables (docs/rules.md#workbook-contract). Every reference between
/// tables has been checked: observations, metrics, spend and agents name existing initiatives.
/// </summary>
public sealed record PortfolioWorkbook
{
    /// <summary>The Settings table, with defaults for keys not set.</summary>
    public PortfolioSettings Settings { get; init; } = new();
    /// <summary>Initiatives, in table order.</summary>
    public IReadOnlyList<Initiative> Initiatives { get; init; } = [];
    /// <summary>Agents, in table order (an absent Agents table reads as none).</summary>
    public IReadOnlyList<Agent> Agents { get; init; } = [];
    /// <summary>Scorecard metrics, in table order.</summary>
    public IReadOnlyList<Metric> Metrics { get; init; } = [];
    /// <summary>Observations, in table order.</summary>
    public IReadOnlyList<Observation> Observations { get; init; } = [];
    /// <summary>Spend rows, in table order.</summary>
    public IReadOnlyList<SpendEntry> Spend { get; init; } = [];
    /// <summary>Decision rights, in table order.</summary>
    public IReadOnlyList<DecisionRight> DecisionRights { get; init; } = [];
    /// <summary>
    /// The DecisionIds listed in the workbook's DecisionLog table (the system-written copy of its log), in table order;
    /// none when the table is absent. The review refuses a workbook whose log lacks any of them (docs/rules.md#decision-log).
    /// </summary>
    public IReadOnlyList<OfficeGovernance.Domain.DecisionLog.DecisionLogTableRow> DecisionLogTable { get; init; } = [];
}
