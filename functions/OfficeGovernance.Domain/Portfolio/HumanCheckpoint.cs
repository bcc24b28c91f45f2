namespace OfficeGovernance.Domain.Portfolio;

// Members are the workbook's own labels (docs/rules.md#workbook-contract): the member names split into words
// ("EarlyProduction" reads "Early production") unless a [Label] says otherwise; see EnumLabels.
#pragma warning disable CS1591

/// <summary>How people check the output before it takes effect.</summary>
public enum HumanCheckpoint
{
    None,
    [Label("Spot-check")] SpotCheck,
    ApproveEachOutput,
    [Label("Two-person approval")] TwoPersonApproval,
}
