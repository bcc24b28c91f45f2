namespace OfficeGovernance.Application.Reviews;

/// <summary>An initiative's spend in the workbook currency: month to date, cap, the share used (1 = 100%), forecast, and the overage state (docs/rules.md#spend).</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record SpendDocument(decimal MonthToDate, decimal Cap, double? CapUsed, decimal Forecast, bool OverCap,
    bool OverageApproved, string? OverageNote);
#pragma warning restore CS1591
