namespace OfficeGovernance.Functions.AgentSync;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>An Agents row the sync added for a new agent identity (docs/rules.md#agent-sync).</summary>
public sealed record AgentSyncAddedDocument(string AgentId, string Name, string EntraObjectId, string? Owner, string? KillSwitchOwner, string Status);
#pragma warning restore CS1591
