namespace OfficeGovernance.Application.Reviews;

/// <summary>The three expand controls of an initiative (docs/rules.md#expand-controls).</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record ControlsDocument(ControlDocument StopAuthority, ControlDocument FullCost, ControlDocument RollbackReady);
#pragma warning restore CS1591
