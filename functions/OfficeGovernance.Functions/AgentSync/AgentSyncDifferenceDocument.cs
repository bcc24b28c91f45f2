namespace OfficeGovernance.Functions.AgentSync;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
public sealed record AgentSyncDifferenceDocument(string AgentId, string Column, string Workbook, string Entra);
#pragma warning restore CS1591
