namespace OfficeGovernance.Functions.AgentSync;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>A disabled or deleted agent identity the sync flagged (docs/rules.md#agent-sync).</summary>
public sealed record AgentSyncFlagDocument(string AgentId, string EntraObjectId, string Kind, string Message);
#pragma warning restore CS1591
