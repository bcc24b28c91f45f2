namespace OfficeGovernance.Domain.Portfolio;

// Members are the workbook's own labels (docs/rules.md#workbook-contract): the member names split into words
// ("EarlyProduction" reads "Early production") unless a [Label] says otherwise; see EnumLabels.
#pragma warning disable CS1591

/// <summary>Decision types of the decision log and the DecisionRights table.</summary>
public enum DecisionType
{
    Launch, Expand, Continue, Fix, Pause, Stop, Retire, Exception, Overage, ScopeChange, Vendor, DataAccess,
    RollbackDrill,
    /// <summary>Moves a workbook id's binding to another stored workbook (docs/rules.md#workbook-binding, WorkbookId): recorded in
    /// the log, on initiative <c>*</c>, by someone entitled in the workbook that held the id.</summary>
    Rebind,
}
