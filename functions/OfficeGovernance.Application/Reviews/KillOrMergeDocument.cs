namespace OfficeGovernance.Application.Reviews;

/// <summary>A kill-or-merge candidate with the figures that put it there (docs/rules.md#kill-or-merge).</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record KillOrMergeDocument(string InitiativeId, int MetricsAtSuccess, int MetricCount, double SuccessShare,
    decimal MonthToDate, double? Value, string Reason);
#pragma warning restore CS1591
