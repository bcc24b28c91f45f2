namespace OfficeGovernance.Domain.Portfolio;

// Members are the workbook's own labels (docs/rules.md#workbook-contract): the member names split into words
// ("EarlyProduction" reads "Early production") unless a [Label] says otherwise; see EnumLabels.
#pragma warning disable CS1591

/// <summary>What an initiative or agent does (Initiatives[Actions], Agents[Permissions]).</summary>
public enum WorkAction
{
    Summarize, Draft, Recommend, SendExternally, UpdateRecords, ChangePermissions, ChangeBilling, DeployCode,
    Publish, DecideAutonomously,
}
