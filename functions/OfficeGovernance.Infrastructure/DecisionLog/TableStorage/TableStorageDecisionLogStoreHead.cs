using Azure;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>The head entity as read: the last entry's sequence and hash, and the ETag that guards moving it.</summary>
/// <param name="Sequence">The sequence of the chain's last entry (1 or more).</param>
/// <param name="Hash">The hash of the chain's last entry.</param>
/// <param name="ETag">The head entity's ETag.</param>
internal sealed record TableStorageDecisionLogStoreHead(long Sequence, string Hash, ETag ETag)
{
    /// <summary>
    /// Whether the head agrees with an intact chain: both absent, or the same last sequence and hash. The head moves in
    /// the same transaction as every append, so any disagreement means rows were deleted, edited or written outside an
    /// append (docs/rules.md#decision-log, verify).
    /// </summary>
    /// <param name="entries">The stored entries, already verified as a chain.</param>
    /// <param name="head">The head; null when the head row is absent.</param>
    /// <param name="where">The table and partition, for the message.</param>
    /// <returns>Null when they agree; otherwise a broken verification naming what is wrong.</returns>
    public static ChainVerification? Check(
        IReadOnlyList<DecisionEntry> entries, TableStorageDecisionLogStoreHead? head, string where)
    {
        var last = entries.Count == 0 ? null : entries[^1];
        if (head is null)
        {
            return last is null ? null : Broken(entries, last.Sequence, last.Decision.DecisionId,
                $"the head row is missing while {entries.Count} entries are stored (the last is entry {last.Sequence}, " +
                $"decision {last.Decision.DecisionId}): the head was deleted", where);
        }
        var lastSequence = last?.Sequence ?? 0;
        if (head.Sequence > lastSequence)
        {
            return Broken(entries, lastSequence + 1, null,
                $"the head says the chain ends at entry {head.Sequence} (hash {head.Hash}) but the last stored entry is " +
                $"{lastSequence}: entries {lastSequence + 1} to {head.Sequence} are missing (deleted)", where);
        }
        if (head.Sequence < lastSequence)
        {
            var first = entries[(int)head.Sequence];
            return Broken(entries, first.Sequence, first.Decision.DecisionId,
                $"entries {head.Sequence + 1} to {lastSequence} lie beyond the head (entry {head.Sequence}): they were " +
                "written outside an append", where);
        }
        if (!string.Equals(head.Hash, last!.Hash, StringComparison.Ordinal))
        {
            return Broken(entries, last.Sequence, last.Decision.DecisionId,
                $"entry {last.Sequence} (decision {last.Decision.DecisionId}) has hash {last.Hash} but the head records " +
                $"{head.Hash}: the last entry or the head was edited", where);
        }
        return null;
    }

    private static ChainVerification Broken(
        IReadOnlyList<DecisionEntry> entries, long sequence, string? decisionId, string problem, string where) =>
        new(false, entries.Count, sequence, decisionId, $"Decision log {where}: {problem}.");
}
