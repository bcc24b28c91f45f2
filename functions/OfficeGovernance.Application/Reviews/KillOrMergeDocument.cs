namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>
/// A kill-or-merge candidate: its metrics at success, its month-to-date spend and why it is listed
/// (docs/rules.md#kill-or-merge).
/// </summary>
public sealed record KillOrMergeDocument(string InitiativeId, int MetricsAtSuccess, int MetricCount, double SuccessShare,
    decimal MonthToDate, double? Value, string Reason);
#pragma warning restore CS1591
