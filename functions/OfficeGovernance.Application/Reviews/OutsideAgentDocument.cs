namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>An agent no initiative owns, with its stop conditions (docs/rules.md#agent-sync).</summary>
public sealed record OutsideAgentDocument(string Id, string Name, string? EntraObjectId, string? Owner, string? KillSwitchOwner,
    string? Status, IReadOnlyList<StopConditionDocument> StopConditions);
#pragma warning restore CS1591
