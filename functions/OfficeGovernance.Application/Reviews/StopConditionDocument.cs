namespace OfficeGovernance.Application.Reviews;

/// <summary>A stop condition that holds: its kind and the message naming the evidence.</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record StopConditionDocument(string Kind, string Message);
#pragma warning restore CS1591
