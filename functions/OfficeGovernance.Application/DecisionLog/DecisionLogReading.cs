using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.DecisionLog;

/// <summary>
/// Reading a workbook's decision log, for <c>decisions list|verify</c> and <c>GET /api/decisions[/verify]</c>
/// (docs/rules.md#decision-log): the log is held to the workbook's DecisionLog table (its copy of the log, with
/// sequences and hashes), so a log shorter than, or different from, what the workbook saw is never shown as the truth.
/// Every read streams the log (<see cref="IDecisionLogStore.ReadEntriesAsync"/>) and never holds it whole (ADR 0036).
/// </summary>
public static class DecisionLogReading
{
    /// <summary>
    /// One page of entries after <paramref name="after"/>, in chain order, after checking the whole log against the
    /// workbook's copy in the same streamed pass; only the page is held.
    /// </summary>
    /// <param name="log">The workbook's log.</param>
    /// <param name="copy">The rows of the workbook's DecisionLog table.</param>
    /// <param name="after">Entries with a sequence above this are listed (0: from the first).</param>
    /// <param name="limit">The most entries on the page (1 or more).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="WorkbookValidationException">The workbook lists decisions its log lacks or holds differently (every difference by cell).</exception>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read (a torn final line included).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="after"/> is negative or <paramref name="limit"/> below 1.</exception>
    public static async Task<DecisionLogPage> ListPageAsync(
        IDecisionLogStore log, IReadOnlyList<DecisionLogTableRow> copy, long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var check = new DecisionLogCopyCheck(copy, log.Location);
        var page = new List<DecisionEntry>(Math.Min(limit, 1_000));
        long? next = null;
        await foreach (var entry in log.ReadEntriesAsync(cancellationToken))
        {
            check.Observe(entry);
            if (entry.Sequence <= after)
            {
                continue;
            }
            if (page.Count < limit)
            {
                page.Add(entry);
            }
            else
            {
                next ??= page[^1].Sequence;
            }
        }
        ThrowIfDifferent(check);
        return new DecisionLogPage(page, next);
    }

    /// <summary>
    /// Every entry, oldest first, handed to <paramref name="onEntry"/> as it is read, after a first streamed pass has
    /// checked the whole log against the workbook's copy (so nothing is shown of a log the workbook refuses).
    /// </summary>
    /// <param name="log">The workbook's log.</param>
    /// <param name="copy">The rows of the workbook's DecisionLog table.</param>
    /// <param name="onEntry">Writes one entry.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>How many entries were handed on.</returns>
    /// <exception cref="WorkbookValidationException">The workbook lists decisions its log lacks or holds differently; nothing was handed on.</exception>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    public static async Task<int> ListEachAsync(
        IDecisionLogStore log, IReadOnlyList<DecisionLogTableRow> copy, Func<DecisionEntry, Task> onEntry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(onEntry);
        var check = new DecisionLogCopyCheck(copy, log.Location);
        await foreach (var entry in log.ReadEntriesAsync(cancellationToken))
        {
            check.Observe(entry);
        }
        ThrowIfDifferent(check);
        var count = 0;
        await foreach (var entry in log.ReadEntriesAsync(cancellationToken))
        {
            await onEntry(entry);
            count++;
        }
        return count;
    }

    /// <summary>
    /// Verifies the log in one streamed pass (<see cref="DecisionLogVerifier"/>): the chain, the store's recorded head,
    /// the differences with the workbook's copy (none when the chain itself is broken), and the heads anchored outside
    /// the log (docs/rules.md#decision-log, the anchor): an anchored head the log is shorter than, or holds with another
    /// hash, makes the verification broken, naming it; otherwise <see cref="ChainVerification.Anchor"/> says which
    /// anchored head matched, or that none was checked.
    /// </summary>
    /// <param name="log">The workbook's log.</param>
    /// <param name="copy">Reads the rows of the workbook's DecisionLog table (before the pass; a copy that cannot be read is reported only when the chain is intact).</param>
    /// <param name="anchor">The anchor store the weekly run writes to (<see cref="NoLogHeadAnchor"/> when none is configured).</param>
    /// <param name="anchorKey">The key the heads are anchored under: <c>Settings.WorkbookId</c>, else the stored workbook's id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The verification, the copy's differences, and the anchor check's result (null when the chain itself is broken).</returns>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    /// <exception cref="LogHeadAnchorUnavailableException">An anchor store is configured but cannot be read (read before the log).</exception>
    public static async Task<DecisionLogVerification> VerifyAsync(
        IDecisionLogStore log, Func<IReadOnlyList<DecisionLogTableRow>> copy, ILogHeadAnchor anchor, string anchorKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(anchor);
        var check = new LogHeadAnchorCheck(anchorKey, await anchor.ReadAsync(anchorKey, cancellationToken), anchor.Store);
        return await DecisionLogVerifier.VerifyAsync(log, copy, check, cancellationToken);
    }

    private static void ThrowIfDifferent(DecisionLogCopyCheck check)
    {
        var problems = check.Problems();
        if (problems.Count > 0)
        {
            throw new WorkbookValidationException(problems);
        }
    }
}
