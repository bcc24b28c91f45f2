namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
public sealed record ControlsDocument(ControlDocument StopAuthority, ControlDocument FullCost, ControlDocument RollbackReady);
#pragma warning restore CS1591
