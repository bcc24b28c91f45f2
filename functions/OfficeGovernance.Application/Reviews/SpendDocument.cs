namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>
/// An initiative's spend in the as-of month against its cap, and whether an overage is approved
/// (docs/rules.md#spend, docs/rules.md#overage).
/// </summary>
public sealed record SpendDocument(decimal MonthToDate, decimal Cap, double? CapUsed, decimal Forecast, bool OverCap,
    bool OverageApproved, string? OverageNote);
#pragma warning restore CS1591
