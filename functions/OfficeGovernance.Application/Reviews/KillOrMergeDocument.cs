namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
public sealed record KillOrMergeDocument(string InitiativeId, int MetricsAtSuccess, int MetricCount, double SuccessShare,
    decimal MonthToDate, double? Value, string Reason);
#pragma warning restore CS1591
