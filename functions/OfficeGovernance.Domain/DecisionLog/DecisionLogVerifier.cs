using System.Runtime.ExceptionServices;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// Verify in one pass over the streamed log (docs/rules.md#decision-log, verify; ADR 0036): each entry, as it streams
/// past, goes to the chain check (<see cref="DecisionChainCheck"/>), the workbook-copy comparison
/// (<see cref="DecisionLogCopyCheck"/>) and the anchor check (<see cref="LogHeadAnchorCheck"/>); at the end the
/// store's recorded head (<see cref="RecordedHead"/>) is held to the last entry. Memory is bounded by the workbook's copy
/// and the anchored heads, never by the log. Precedence of what is reported: a broken chain (a torn line included),
/// then a recorded head that disagrees, then the copy's differences and the anchored heads.
/// </summary>
public sealed class DecisionLogVerifier
{
    private readonly DecisionChainCheck _chain = new();
    private readonly DecisionLogCopyCheck _copy;
    private readonly LogHeadAnchorCheck? _anchor;
    private readonly long? _afterRecordedHead;
    private DecisionEntry? _afterHead;

    /// <summary>Creates the verifier of one log.</summary>
    /// <param name="copy">The workbook's DecisionLog rows (none: no copy to compare).</param>
    /// <param name="logLocation">Where the log is, quoted in the copy's differences.</param>
    /// <param name="anchor">The anchored heads to hold the log to; null: not part of this verification.</param>
    /// <param name="recordedHeadSequence">The store's recorded head as read before the pass, so the entry after it is
    /// kept for the message when entries lie beyond it; null when the store records none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="copy"/> or <paramref name="logLocation"/> is null.</exception>
    public DecisionLogVerifier(
        IReadOnlyList<DecisionLogTableRow> copy, string logLocation, LogHeadAnchorCheck? anchor, long? recordedHeadSequence)
    {
        _copy = new DecisionLogCopyCheck(copy, logLocation);
        _anchor = anchor;
        _afterRecordedHead = recordedHeadSequence + 1;
    }

    /// <summary>The last sequence observed; 0 for an empty log.</summary>
    public long LastSequence => _chain.Last?.Sequence ?? 0;

    /// <summary>Checks the next entry in chain order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public void Observe(DecisionEntry entry)
    {
        _chain.Observe(entry);
        _copy.Observe(entry);
        _anchor?.Observe(entry);
        if (entry.Sequence == _afterRecordedHead)
        {
            _afterHead ??= entry;
        }
    }

    /// <summary>The verification once every entry was observed.</summary>
    /// <param name="recorded">The store's recorded head (read after the pass); null when the store records none.</param>
    public DecisionLogVerification Finish(RecordedHead? recorded)
    {
        var chain = _chain.Finish();
        if (!chain.IsIntact)
        {
            return new(chain, [], null);
        }
        if (recorded?.Check(_chain.EntryCount, _chain.Last, _afterHead) is { } headProblem)
        {
            return new(headProblem, [], null);
        }
        var differences = _copy.Problems();
        if (_anchor is null)
        {
            return new(chain, differences, null);
        }
        var anchored = _anchor.Finish(LastSequence);
        chain = anchored.IsIntact
            ? chain with { Anchor = anchored.Message }
            : chain with { IsIntact = false, FirstBrokenSequence = anchored.Broken!.Head.Sequence, Message = anchored.Message, Anchor = anchored.Message };
        return new(chain, differences, anchored);
    }

    /// <summary>
    /// Verifies <paramref name="log"/> in one streamed pass: reads the copy (bounded by the workbook) and the recorded
    /// head, streams the entries through a verifier, and reads the recorded head again when appends moved it meanwhile.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="copy">Reads the workbook's DecisionLog rows; null when there is no copy to compare. A copy that cannot
    /// be read is thrown only when the chain itself is intact (a broken chain is reported first, whatever the workbook).</param>
    /// <param name="anchor">The anchored heads; null: not part of this verification.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read as entries (a torn final line is reported as a broken chain instead).</exception>
    /// <exception cref="WorkbookValidationException">The chain is intact and the copy cannot be read.</exception>
    public static async Task<DecisionLogVerification> VerifyAsync(
        IDecisionLogStore log, Func<IReadOnlyList<DecisionLogTableRow>>? copy, LogHeadAnchorCheck? anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        IReadOnlyList<DecisionLogTableRow> rows = [];
        ExceptionDispatchInfo? unreadableCopy = null;
        try
        {
            rows = copy?.Invoke() ?? [];
        }
        catch (WorkbookValidationException invalid)
        {
            unreadableCopy = ExceptionDispatchInfo.Capture(invalid);
        }
        var recorded = await log.ReadRecordedHeadAsync(cancellationToken).ConfigureAwait(false);
        var verifier = new DecisionLogVerifier(rows, log.Location, anchor, recorded is null ? null : recorded.Head?.Sequence ?? 0);
        try
        {
            await foreach (var entry in log.ReadEntriesAsync(cancellationToken).ConfigureAwait(false))
            {
                verifier.Observe(entry);
            }
        }
        catch (DecisionLogTornException torn)
        {
            return new(new ChainVerification(false, torn.EntriesBefore, torn.LineNumber, null, torn.Message), [], null);
        }
        if (recorded is not null && verifier.LastSequence > (recorded.Head?.Sequence ?? 0))
        {
            // Appends while the log streamed moved the head past its first reading.
            recorded = await log.ReadRecordedHeadAsync(cancellationToken).ConfigureAwait(false);
        }
        var result = verifier.Finish(recorded);
        if (result.Verification.IsIntact || result.Differences.Count > 0 || result.Anchored is not null)
        {
            unreadableCopy?.Throw();
        }
        return result;
    }
}
