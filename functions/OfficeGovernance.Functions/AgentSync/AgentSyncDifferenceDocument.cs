namespace OfficeGovernance.Functions.AgentSync;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>
/// A value the workbook and Entra Agent ID disagree on, reported and left as the workbook has it
/// (docs/rules.md#agent-sync).
/// </summary>
public sealed record AgentSyncDifferenceDocument(string AgentId, string Column, string Workbook, string Entra);
#pragma warning restore CS1591
