using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The input tables of the portfolio workbook, their columns, types and required flags (docs/rules.md#workbook-contract).
/// The tables the system writes (Review, PortfolioSummary, DecisionLog) are never read as input.
/// </summary>
public static class PortfolioSchema
{
    /// <summary>Settings: Key and Value rows; the keys are <see cref="SettingKeys"/>. Optional (absent = defaults).</summary>
    public static TableSchema Settings { get; } = new("Settings", false,
    [
        new("Key", ColumnType.Text, true),
        new("Value", ColumnType.Text),
    ]);

    /// <summary>The Settings keys and how their values are read; unknown keys are ignored.</summary>
    public static IReadOnlyList<ColumnSpec> SettingKeys { get; } =
    [
        new("Currency", ColumnType.Text),
        Enum<ReviewCadence>("ReviewCadence"),
        new("AccountableLeader", ColumnType.Email),
        new("LeadershipEmails", ColumnType.EmailList),
        new("FinanceEmails", ColumnType.EmailList),
        new("SenderMailbox", ColumnType.Email),
        new("TimeZone", ColumnType.Text),
        new("WorkbookId", ColumnType.Text),
        new("CostTagKey", ColumnType.Text),
    ];

    /// <summary>Initiatives: one row per AI initiative. Required.</summary>
    public static TableSchema Initiatives { get; } = new("Initiatives", true,
    [
        new("InitiativeId", ColumnType.Text, true),
        new("Name", ColumnType.Text, true),
        new("Workflow", ColumnType.Text),
        new("Department", ColumnType.Text),
        Enum<Objective>("Objective"),
        new("Owner", ColumnType.Email, KeepsInvalidEmail: true),
        new("StopAuthority", ColumnType.Email),
        Enum<Stage>("Stage", true),
        Enum<InitiativeStatus>("Status"),
        List<DataCategory>("DataTouched"),
        List<WorkAction>("Actions"),
        Enum<Audience>("Audience"),
        Enum<HumanCheckpoint>("HumanCheckpoint"),
        Enum<FailureVisibility>("FailureVisibility"),
        Enum<RiskLevel>("RiskLevel"),
        new("Purpose", ColumnType.Text),
        new("MonthlyBudgetCap", ColumnType.Money, true),
        new("OverageApprover", ColumnType.Email),
        new("OverageLimit", ColumnType.Money),
        new("SuccessMetric", ColumnType.Text),
        new("RollbackPlan", ColumnType.Text),
        new("FallbackProcess", ColumnType.Text),
        new("FallbackOwner", ColumnType.Email),
        new("LastRollbackDrill", ColumnType.Date),
        new("LaunchDate", ColumnType.Date),
        new("NextReviewDate", ColumnType.Date),
        new("DecisionDueDate", ColumnType.Date),
    ]);

    /// <summary>
    /// Agents: AI agents working for initiatives. Optional (absent = none). InitiativeId is required on every row but
    /// those <c>sync-agents</c> added (an EntraObjectId and no InitiativeId: an agent outside the portfolio), so the
    /// reader checks it rather than the column's required flag; EntraObjectId is optional for existing workbooks.
    /// </summary>
    public static TableSchema Agents { get; } = new("Agents", false,
    [
        new("AgentId", ColumnType.Text, true),
        new("InitiativeId", ColumnType.Text),
        new("Name", ColumnType.Text, true),
        new("Owner", ColumnType.Email, KeepsInvalidEmail: true),
        new("KillSwitchOwner", ColumnType.Email, KeepsInvalidEmail: true),
        new("Vendor", ColumnType.Text),
        new("Model", ColumnType.Text),
        new("PromptVersion", ColumnType.Text),
        Enum<AgentAutonomy>("Autonomy"),
        List<WorkAction>("Permissions"),
        List<DataCategory>("DataAccess"),
        new("HumanApproval", ColumnType.YesNo),
        new("ExpectedBehavior", ColumnType.Text),
        new("RollbackPath", ColumnType.Text),
        Enum<AgentStatus>("Status"),
        new("LastReviewed", ColumnType.Date),
        new("EntraObjectId", ColumnType.Text),
    ]);

    /// <summary>Metrics: each initiative's scorecard. Required.</summary>
    public static TableSchema Metrics { get; } = new("Metrics", true,
    [
        new("InitiativeId", ColumnType.Text, true),
        new("Metric", ColumnType.Text, true),
        Enum<MetricKind>("Kind"),
        new("Unit", ColumnType.Text),
        Enum<MetricDirection>("Direction", true),
        new("Baseline", ColumnType.Number, true),
        new("SuccessAt", ColumnType.Number, true),
        new("StopAt", ColumnType.Number, true),
    ]);

    /// <summary>Observations: one metric value per period. Required.</summary>
    public static TableSchema Observations { get; } = new("Observations", true,
    [
        new("InitiativeId", ColumnType.Text, true),
        new("Metric", ColumnType.Text, true),
        new("PeriodEnd", ColumnType.Date, true),
        new("Value", ColumnType.Number, true),
        new("Source", ColumnType.Text),
    ]);

    /// <summary>Spend: cost rows. Required.</summary>
    public static TableSchema Spend { get; } = new("Spend", true,
    [
        new("InitiativeId", ColumnType.Text, true),
        new("Date", ColumnType.Date, true),
        Enum<SpendCategory>("Category", true),
        new("Vendor", ColumnType.Text),
        new("Amount", ColumnType.Money),
        new("Hours", ColumnType.Number),
        new("HourlyRate", ColumnType.Number),
        new("Note", ColumnType.Text),
        new("Source", ColumnType.Text),
    ]);

    /// <summary>
    /// CostAllocation: the rules that allocate FOCUS charges to initiatives (docs/rules.md#cost-import),
    /// in row order, first match wins. Optional, and read only by the cost import (absent = the tag
    /// <see cref="PortfolioSettings.CostTagKey"/> names the initiative), so it is not one of <see cref="Tables"/>.
    /// </summary>
    public static TableSchema CostAllocation { get; } = new("CostAllocation", false,
    [
        Enum<CostMatch>("Match", true),
        new("Key", ColumnType.Text),
        new("Value", ColumnType.Text, true),
        new("InitiativeId", ColumnType.Text, true),
        Enum<SpendCategory>("Category"),
    ]);

    /// <summary>DecisionRights: who may take which decision. Required.</summary>
    public static TableSchema DecisionRights { get; } = new("DecisionRights", true,
    [
        Enum<DecisionType>("DecisionType", true),
        new("Approver", ColumnType.Email, true),
        new("Scope", ColumnType.Text),
        new("MaxAmount", ColumnType.Money),
        Enum<RiskLevel>("MaxRiskLevel"),
    ]);

    /// <summary>The seven input tables, in the order they are read and reported.</summary>
    public static IReadOnlyList<TableSchema> Tables { get; } =
        [Settings, Initiatives, Agents, Metrics, Observations, Spend, DecisionRights];

    /// <summary>The names of the seven input tables, in <see cref="Tables"/> order.</summary>
    public static IReadOnlyList<string> InputTableNames { get; } = Tables.Select(t => t.Name).ToArray();

    /// <summary>
    /// The tables a review reads: the seven inputs and the DecisionLog table, whose DecisionIds are held against the
    /// decision log (docs/rules.md#decision-log).
    /// </summary>
    public static IReadOnlyList<string> ReviewTableNames { get; } = [.. InputTableNames, "DecisionLog"];

    /// <summary>The tables the system writes and never reads as input (DecisionLog's ids are only checked against the log).</summary>
    public static IReadOnlyList<string> OutputTableNames { get; } = ["Review", "PortfolioSummary", "DecisionLog"];

    private static ColumnSpec Enum<T>(string name, bool required = false) where T : struct, System.Enum =>
        new(name, ColumnType.Enum, required, EnumLabels<T>.All);

    private static ColumnSpec List<T>(string name) where T : struct, System.Enum =>
        new(name, ColumnType.List, false, EnumLabels<T>.All);
}
