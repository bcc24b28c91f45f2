namespace OfficeGovernance.Domain.Verdicts;

/// <summary>Portfolio totals (docs/rules.md#command-line, review JSON "portfolio").</summary>
/// <param name="MonthToDate">Sum of initiatives' month-to-date spend, workbook currency.</param>
/// <param name="Cap">Sum of monthly caps, workbook currency.</param>
/// <param name="VerdictCounts">How many initiatives got each verdict (every verdict present, zero included).</param>
/// <param name="KillOrMergeCandidates">Initiatives to stop or merge with their figures, in portfolio order.</param>
public sealed record PortfolioTotals(
    decimal MonthToDate, decimal Cap, IReadOnlyDictionary<Verdict, int> VerdictCounts,
    IReadOnlyList<KillOrMergeCandidate> KillOrMergeCandidates)
{
    /// <summary>
    /// Agents that belong to no initiative (blank InitiativeId, added by <c>sync-agents</c>): "agents outside the
    /// portfolio" (docs/rules.md#agent-sync), in table order, each with its stop condition.
    /// </summary>
    public IReadOnlyList<OutsideAgent> AgentsOutsidePortfolio { get; init; } = [];
}
