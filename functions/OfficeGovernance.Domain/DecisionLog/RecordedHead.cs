namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The head a store records beside its entries (Table Storage's head row, moved in the same transaction as every
/// append), read by verify to check that nothing was cut off the end (docs/rules.md#decision-log, verify).
/// </summary>
/// <param name="Head">The recorded head; null when the store records none yet (no head row: an empty chain).</param>
/// <param name="Where">The table and partition, for messages (never a key).</param>
public sealed record RecordedHead(LogHead? Head, string Where)
{
    /// <summary>
    /// Whether the recorded head agrees with an intact chain: both absent, or the same last sequence and hash. Any
    /// disagreement means entries were deleted, edited or written outside an append.
    /// </summary>
    /// <param name="entryCount">How many entries the chain holds.</param>
    /// <param name="last">The chain's last entry; null for an empty chain.</param>
    /// <param name="afterHead">The entry just after the recorded head, when the chain holds one and it was kept; null otherwise.</param>
    /// <returns>Null when they agree; otherwise a broken verification naming what is wrong.</returns>
    public ChainVerification? Check(int entryCount, DecisionEntry? last, DecisionEntry? afterHead)
    {
        if (Head is not { } head)
        {
            return last is null ? null : Broken(entryCount, last.Sequence, last.Decision.DecisionId,
                $"the head row is missing while {entryCount} entries are stored (the last is entry {last.Sequence}, " +
                $"decision {last.Decision.DecisionId}): the head was deleted");
        }
        var lastSequence = last?.Sequence ?? 0;
        if (head.Sequence > lastSequence)
        {
            return Broken(entryCount, lastSequence + 1, null,
                $"the head says the chain ends at entry {head.Sequence} (hash {head.Hash}) but the last stored entry is " +
                $"{lastSequence}: entries {lastSequence + 1} to {head.Sequence} are missing (deleted)");
        }
        if (head.Sequence < lastSequence)
        {
            return Broken(entryCount, head.Sequence + 1, afterHead?.Decision.DecisionId,
                $"entries {head.Sequence + 1} to {lastSequence} lie beyond the head (entry {head.Sequence}): they were " +
                "written outside an append");
        }
        if (!string.Equals(head.Hash, last!.Hash, StringComparison.Ordinal))
        {
            return Broken(entryCount, last.Sequence, last.Decision.DecisionId,
                $"entry {last.Sequence} (decision {last.Decision.DecisionId}) has hash {last.Hash} but the head records " +
                $"{head.Hash}: the last entry or the head was edited");
        }
        return null;
    }

    private ChainVerification Broken(int entryCount, long sequence, string? decisionId, string problem) =>
        new(false, entryCount, sequence, decisionId, $"Decision log {Where}: {problem}.");
}
