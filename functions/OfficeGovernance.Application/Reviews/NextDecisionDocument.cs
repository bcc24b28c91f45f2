namespace OfficeGovernance.Application.Reviews;

/// <summary>The next decision an initiative waits for: its type, due date (yyyy-mm-dd, workbook time zone), approvers, why it waits and the money at stake.</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record NextDecisionDocument(string Type, string Due, IReadOnlyList<string> Approvers, string? WaitingBecause,
    decimal AtStake);
#pragma warning restore CS1591
