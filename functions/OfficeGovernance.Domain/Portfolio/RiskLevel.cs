namespace OfficeGovernance.Domain.Portfolio;

// Members are the workbook's own labels (docs/rules.md#workbook-contract); each type's summary says what they mean.
#pragma warning disable CS1591

// The enumerations of docs/rules.md#workbook-contract. Workbook labels are the member names split into words
// ("EarlyProduction" reads "Early production") unless a [Label] says otherwise; see EnumLabels.

/// <summary>Where an initiative is in its life (Initiatives[Stage]).</summary>
public enum Stage { Idea, Pilot, EarlyProduction, ScaledRollout, EnterpriseOperations, Retired }

/// <summary>Whether an initiative is running (Initiatives[Status]; blank = Active).</summary>
public enum InitiativeStatus { Active, Paused, Stopped, Retired }

/// <summary>The business objective an initiative serves.</summary>
public enum Objective { Growth, ServiceEfficiency, RiskReduction, EmployeeProductivity }

/// <summary>Data an initiative or agent touches (Initiatives[DataTouched], Agents[DataAccess]).</summary>
public enum DataCategory { None, Internal, CustomerPersonal, Financial, Billing, Credentials, Regulated, ProductionSystems }

/// <summary>What an initiative or agent does (Initiatives[Actions], Agents[Permissions]).</summary>
public enum WorkAction
{
    Summarize, Draft, Recommend, SendExternally, UpdateRecords, ChangePermissions, ChangeBilling, DeployCode,
    Publish, DecideAutonomously,
}

/// <summary>Who sees the output.</summary>
public enum Audience { Internal, [Label("Customer-facing")] CustomerFacing, Public }

/// <summary>How people check the output before it takes effect.</summary>
public enum HumanCheckpoint
{
    None,
    [Label("Spot-check")] SpotCheck,
    ApproveEachOutput,
    [Label("Two-person approval")] TwoPersonApproval,
}

/// <summary>How a failure would come to light.</summary>
public enum FailureVisibility { Monitored, ReportedByUsers, Invisible }

/// <summary>
/// Risk level, ordered: Low &lt; Medium &lt; High. <see cref="Unassessed"/> is the classifier's answer when the inputs
/// describe nothing (docs/rules.md#risk-classifier): never a workbook value, and ranked as High wherever levels
/// are compared (<see cref="RiskLevelRank"/>), because no evidence is never read as low risk.
/// </summary>
public enum RiskLevel
{
    /// <summary>Internal summaries, first drafts, formatting, research collection, non-customer-facing analysis.</summary>
    Low,
    /// <summary>Customer-facing drafts, sending externally, updating internal records, customer personal or financial data.</summary>
    Medium,
    /// <summary>Production, billing or permission changes, customer data updates, regulated content, presumed high-impact purposes.</summary>
    High,
    /// <summary>The inputs say nothing about the work; computed only, never read from a workbook.</summary>
    [ComputedOnly] Unassessed,
}

/// <summary>How much an agent does on its own.</summary>
public enum AgentAutonomy { Assistant, Operator, Coordinator, DomainCopilot }

/// <summary>An agent's state.</summary>
public enum AgentStatus { Pilot, Production, Paused, Retired }

/// <summary>What a metric measures.</summary>
public enum MetricKind { Quality, Speed, Cost, ErrorRate, ReviewTime, Business, Reliability }

/// <summary>Which way a metric improves.</summary>
public enum MetricDirection { HigherIsBetter, LowerIsBetter }

/// <summary>Spend categories; together they make the full monthly cost.</summary>
public enum SpendCategory { Software, ModelUsage, OutsideHelp, Cloud, StaffTime }

/// <summary>Decision types of the decision log and the DecisionRights table.</summary>
public enum DecisionType
{
    Launch, Expand, Continue, Fix, Pause, Stop, Retire, Exception, Overage, ScopeChange, Vendor, DataAccess,
    RollbackDrill,
    /// <summary>Moves a workbook id's binding to another stored workbook (docs/rules.md#workbook-binding, WorkbookId): recorded in
    /// the log, on initiative <c>*</c>, by someone entitled in the workbook that held the id.</summary>
    Rebind,
}

/// <summary>Review cadence (Settings ReviewCadence).</summary>
public enum ReviewCadence { Weekly, Biweekly }

#pragma warning restore CS1591

/// <summary>Overrides the workbook label of an enum member.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string text) : Attribute
{
    /// <summary>The label as written in the workbook.</summary>
    public string Text { get; } = text;
}

/// <summary>
/// Marks an enum member the system computes but never reads from a workbook or request: <see cref="EnumLabels{TEnum}"/>
/// gives its label but does not parse it or list it among the accepted values.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ComputedOnlyAttribute : Attribute;
