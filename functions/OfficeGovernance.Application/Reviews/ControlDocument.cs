namespace OfficeGovernance.Application.Reviews;

/// <summary>One expand control: whether it passed, and why.</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record ControlDocument(bool Passed, string Message);
#pragma warning restore CS1591
