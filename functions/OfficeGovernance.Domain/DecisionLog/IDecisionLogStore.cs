namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// An append-only decision log for one workbook (one hash chain). No update or delete exists (docs/rules.md#decision-log).
/// Implementations: the embedded JSON Lines file, and Azure Table Storage.
/// </summary>
public interface IDecisionLogStore
{
    /// <summary>Where the log is kept, for messages, such as a file path or a Table Storage table and partition (never a key).</summary>
    string Location => GetType().Name;

    /// <summary>Every entry, in chain order.</summary>
    /// <exception cref="DecisionLogCorruptException">The store cannot be read as a log (not a broken chain: that is for verify).</exception>
    Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Appends a decision at the head of the chain and returns the stored entry. Idempotent by
    /// <see cref="DecisionDraft.DecisionId"/>: appending an id that is already stored returns the stored entry.
    /// Concurrent appends never fork or lose the chain.
    /// </summary>
    Task<DecisionEntry> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken);

    /// <summary>
    /// Verifies the whole chain (docs/rules.md#decision-log) and names the first broken entry. The default checks the
    /// entries read; a store that records the chain's head also checks that nothing was cut off the end.
    /// </summary>
    /// <exception cref="DecisionLogCorruptException">The store cannot be read as a log.</exception>
    async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken) =>
        DecisionChain.Verify(await ReadAllAsync(cancellationToken).ConfigureAwait(false));
}
