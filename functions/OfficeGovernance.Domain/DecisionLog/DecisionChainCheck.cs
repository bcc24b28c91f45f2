namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The hash chain checked one entry at a time as the log streams past (docs/rules.md#decision-log): entry n (1-based)
/// must have sequence n, the previous entry's hash (<see cref="DecisionChain.Genesis"/> for the first) and the hash of
/// its own contents. Keeps only the expected previous hash, the count and the first broken entry, so memory does not
/// grow with the log. <see cref="DecisionChain.Verify"/> is this check over a list. Pure.
/// </summary>
public sealed class DecisionChainCheck
{
    private string _expectedPrevious = DecisionChain.Genesis;
    private (long Sequence, string DecisionId, string Message)? _broken;

    /// <summary>How many entries were observed (after a break too, so the count is the log's).</summary>
    public int EntryCount { get; private set; }

    /// <summary>The last entry observed; null for an empty log.</summary>
    public DecisionEntry? Last { get; private set; }

    /// <summary>True while no entry observed so far failed.</summary>
    public bool IsIntact => _broken is null;

    /// <summary>Checks the next entry in chain order; after the first broken entry only counts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public void Observe(DecisionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        EntryCount++;
        Last = entry;
        if (_broken is not null)
        {
            return;
        }
        if (ProblemOf(entry, EntryCount, _expectedPrevious) is { } problem)
        {
            _broken = (entry.Sequence, entry.Decision.DecisionId,
                $"Entry {entry.Sequence} (decision {entry.Decision.DecisionId}) at position {EntryCount}: {problem}.");
            return;
        }
        _expectedPrevious = entry.Hash;
    }

    /// <summary>The verification of every entry observed; an empty log is intact.</summary>
    public ChainVerification Finish() => _broken is { } broken
        ? new ChainVerification(false, EntryCount, broken.Sequence, broken.DecisionId, broken.Message)
        : new ChainVerification(true, EntryCount, null, null, $"The chain of {EntryCount} entries is intact.");

    private static string? ProblemOf(DecisionEntry entry, long expectedSequence, string expectedPrevious)
    {
        if (entry.Sequence != expectedSequence)
        {
            return $"sequence {entry.Sequence} where {expectedSequence} was expected (an entry is missing or out of order)";
        }
        if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
        {
            return $"previous hash {entry.PreviousHash} does not match the hash before it, {expectedPrevious}";
        }
        var actual = DecisionChain.ComputeHash(entry.Decision, entry.PreviousHash);
        if (!string.Equals(entry.Hash, actual, StringComparison.Ordinal))
        {
            return $"stored hash {entry.Hash} does not match its contents (computed {actual}): the entry was edited";
        }
        return null;
    }
}
