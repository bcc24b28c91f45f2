namespace OfficeGovernance.Application.Reviews;

/// <summary>An agent identity in the Agents table that no initiative covers, with its stop conditions.</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record OutsideAgentDocument(string Id, string Name, string? EntraObjectId, string? Owner, string? KillSwitchOwner,
    string? Status, IReadOnlyList<StopConditionDocument> StopConditions);
#pragma warning restore CS1591
