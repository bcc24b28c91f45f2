namespace OfficeGovernance.Application.Reviews;

/// <summary>The portfolio totals: spend and caps in the workbook currency, verdict counts, kill-or-merge candidates, agents outside the portfolio and the decisions due.</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record PortfolioDocument(decimal MonthToDate, decimal Cap, IReadOnlyDictionary<string, int> VerdictCounts,
    IReadOnlyList<KillOrMergeDocument> KillOrMergeCandidates, IReadOnlyList<OutsideAgentDocument> AgentsOutsidePortfolio,
    IReadOnlyList<string> DecisionsDue);
#pragma warning restore CS1591
