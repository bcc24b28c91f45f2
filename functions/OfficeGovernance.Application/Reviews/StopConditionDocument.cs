namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>A stop condition that holds: its kind and message (docs/rules.md#stop-conditions).</summary>
public sealed record StopConditionDocument(string Kind, string Message);
#pragma warning restore CS1591
