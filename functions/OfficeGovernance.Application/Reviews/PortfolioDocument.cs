namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>
/// The portfolio's totals, verdict counts, kill-or-merge candidates, agents outside it and the decisions due.
/// </summary>
public sealed record PortfolioDocument(decimal MonthToDate, decimal Cap, IReadOnlyDictionary<string, int> VerdictCounts,
    IReadOnlyList<KillOrMergeDocument> KillOrMergeCandidates, IReadOnlyList<OutsideAgentDocument> AgentsOutsidePortfolio,
    IReadOnlyList<string> DecisionsDue);
#pragma warning restore CS1591
