using System.Runtime.CompilerServices;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// An append-only decision log for one workbook (one hash chain). No update or delete exists (docs/rules.md#decision-log).
/// Implementations: the embedded JSON Lines file, and Azure Table Storage. Readers that must not hold the whole log
/// (list, verify) use <see cref="ReadEntriesAsync"/>; <see cref="ReadAllAsync"/> stays for callers that need every
/// decision at once (the review).
/// </summary>
public interface IDecisionLogStore
{
    /// <summary>Where the log is kept, for messages, such as a file path or a Table Storage table and partition (never a key).</summary>
    string Location => GetType().Name;

    /// <summary>Every entry, in chain order.</summary>
    /// <exception cref="DecisionLogCorruptException">The store cannot be read as a log (not a broken chain: that is for verify).</exception>
    Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every entry in chain order, streamed: one entry (the JSON Lines file: one line; Table Storage: one page) in memory
    /// at a time, so a reader's memory does not grow with the log (ADR 0036). The default, for stores without a streamed
    /// read, enumerates <see cref="ReadAllAsync"/>.
    /// </summary>
    /// <exception cref="DecisionLogTornException">The file log ends in an incomplete line (thrown when the enumeration reaches it).</exception>
    /// <exception cref="DecisionLogCorruptException">An entry cannot be read; names the line or row.</exception>
    async IAsyncEnumerable<DecisionEntry> ReadEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in await ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    /// <summary>
    /// The head the store records beside its entries, for verify's check that nothing was cut off the end; null when the
    /// store records none (the default, and the JSON Lines file, whose head is its own last line).
    /// </summary>
    /// <exception cref="DecisionLogCorruptException">The recorded head cannot be read.</exception>
    Task<RecordedHead?> ReadRecordedHeadAsync(CancellationToken cancellationToken) => Task.FromResult<RecordedHead?>(null);

    /// <summary>
    /// Appends a decision at the head of the chain and returns the stored entry. Idempotent by
    /// <see cref="DecisionDraft.DecisionId"/>: appending an id that is already stored returns the stored entry.
    /// Concurrent appends never fork or lose the chain.
    /// </summary>
    Task<DecisionEntry> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken);

    /// <summary>
    /// Verifies the whole chain (docs/rules.md#decision-log) in one streamed pass (<see cref="DecisionLogVerifier"/>) and
    /// names the first broken entry: a torn final line is a broken chain at that line, and a store that records its head
    /// is also checked for entries cut off the end.
    /// </summary>
    /// <exception cref="DecisionLogCorruptException">The store cannot be read as a log.</exception>
    async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken) =>
        (await DecisionLogVerifier.VerifyAsync(this, null, null, cancellationToken).ConfigureAwait(false)).Verification;
}
