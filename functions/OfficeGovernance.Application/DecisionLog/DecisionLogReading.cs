using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.DecisionLog;

/// <summary>
/// Reading a workbook's decision log, for <c>decisions list|verify</c> and <c>GET /api/decisions[/verify]</c>
/// (docs/rules.md#decision-log): the log is held to the workbook's DecisionLog table (its copy of the log, with
/// sequences and hashes), so a log shorter than, or different from, what the workbook saw is never shown as the truth.
/// </summary>
public static class DecisionLogReading
{
    /// <summary>The entries, oldest first, after checking them against the workbook's copy.</summary>
    /// <param name="log">The workbook's log.</param>
    /// <param name="copy">Reads the rows of the workbook's DecisionLog table; called after the log is read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="WorkbookValidationException">The workbook lists decisions its log lacks or holds differently (every difference by cell).</exception>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    public static async Task<IReadOnlyList<DecisionEntry>> ListAsync(
        IDecisionLogStore log, Func<IReadOnlyList<DecisionLogTableRow>> copy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(copy);
        var entries = await log.ReadAllAsync(cancellationToken);
        DecisionLogCoverage.Check(copy(), entries, log.Location);
        return entries;
    }

    /// <summary>
    /// The chain's verification, the differences between the log and the workbook's copy (none when the chain itself
    /// is broken), and the check against the heads anchored outside the log (docs/rules.md#decision-log, the anchor): an
    /// anchored head the log is shorter than, or holds with another hash, makes the verification broken, naming it;
    /// otherwise <see cref="ChainVerification.Anchor"/> says which anchored head matched, or that none was checked.
    /// </summary>
    /// <param name="log">The workbook's log.</param>
    /// <param name="copy">Reads the rows of the workbook's DecisionLog table; called only when the chain is intact.</param>
    /// <param name="anchor">The anchor store the weekly run writes to (<see cref="NoLogHeadAnchor"/> when none is configured).</param>
    /// <param name="anchorKey">The key the heads are anchored under: <c>Settings.WorkbookId</c>, else the stored workbook's id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The verification, the copy's differences, and the anchor check's result (null when the chain itself is broken).</returns>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    /// <exception cref="LogHeadAnchorUnavailableException">An anchor store is configured but cannot be read (read before the log).</exception>
    public static async Task<(ChainVerification Verification, IReadOnlyList<ValidationProblem> Differences, LogHeadAnchorResult? Anchored)> VerifyAsync(
        IDecisionLogStore log, Func<IReadOnlyList<DecisionLogTableRow>> copy, ILogHeadAnchor anchor, string anchorKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(anchor);
        var check = new LogHeadAnchorCheck(anchorKey, await anchor.ReadAsync(anchorKey, cancellationToken), anchor.Store);
        var verification = await log.VerifyAsync(cancellationToken);
        if (!verification.IsIntact)
        {
            return (verification, [], null);
        }
        var entries = await log.ReadAllAsync(cancellationToken);
        var differences = DecisionLogCoverage.Missing(copy(), entries, log.Location);
        foreach (var entry in entries)
        {
            check.Observe(entry);
        }
        var anchored = check.Finish(entries.Count == 0 ? 0 : entries[^1].Sequence);
        verification = anchored.IsIntact
            ? verification with { Anchor = anchored.Message }
            : verification with
            {
                IsIntact = false, FirstBrokenSequence = anchored.Broken!.Head.Sequence, Message = anchored.Message, Anchor = anchored.Message,
            };
        return (verification, differences, anchored);
    }
}
