namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>One expand control: whether it passed, and why (docs/rules.md#expand-controls).</summary>
public sealed record ControlDocument(bool Passed, string Message);
#pragma warning restore CS1591
