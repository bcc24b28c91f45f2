namespace OfficeGovernance.Domain.Portfolio;

// Members are the workbook's own labels (docs/rules.md#workbook-contract): the member names split into words
// ("EarlyProduction" reads "Early production") unless a [Label] says otherwise; see EnumLabels.
#pragma warning disable CS1591

/// <summary>Whether an initiative is running (Initiatives[Status]; blank = Active).</summary>
public enum InitiativeStatus { Active, Paused, Stopped, Retired }
