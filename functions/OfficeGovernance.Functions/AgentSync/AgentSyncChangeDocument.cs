namespace OfficeGovernance.Functions.AgentSync;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>A cell of the Agents table the sync changed, before and after (docs/rules.md#agent-sync).</summary>
public sealed record AgentSyncChangeDocument(string AgentId, int Row, string Column, string? Before, string After);
#pragma warning restore CS1591
