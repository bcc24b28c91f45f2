namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>
/// The decision an initiative needs next, when it is due, who may approve it and the money at stake
/// (docs/rules.md#next-decision-and-flags).
/// </summary>
public sealed record NextDecisionDocument(string Type, string Due, IReadOnlyList<string> Approvers, string? WaitingBecause,
    decimal AtStake);
#pragma warning restore CS1591
