namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>The three expand controls of an initiative (docs/rules.md#expand-controls).</summary>
public sealed record ControlsDocument(ControlDocument StopAuthority, ControlDocument FullCost, ControlDocument RollbackReady);
#pragma warning restore CS1591
