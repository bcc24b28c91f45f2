namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// A decision log as one stored workbook writes to it (docs/rules.md#workbook-binding): reads pass through; an append
/// binds an unbound log to <see cref="Workbook"/>, is refused with <see cref="WorkbookBindingConflictException"/>
/// when the log is bound to another workbook, and a <see cref="Portfolio.DecisionType.Rebind"/> decision moves the
/// binding after it is stored. Callers check a Rebind's rights against the holder's DecisionRights first
/// (<see cref="HolderAsync"/>).
/// </summary>
/// <param name="log">The log.</param>
/// <param name="binding">Where the log's binding is kept.</param>
/// <param name="workbook">The stored workbook presenting the log's id (drive item, file name or full path).</param>
/// <param name="location">Where the log is, for messages; null: the log's own (a server passes one without its paths).</param>
public sealed class BoundDecisionLog(
    IDecisionLogStore log, IWorkbookBindingStore binding, string workbook, string? location = null) : IDecisionLogStore
{
    /// <summary>The stored workbook this log is opened for.</summary>
    public string Workbook { get; } = workbook;

    /// <summary>The log underneath.</summary>
    public IDecisionLogStore Inner => log;

    /// <inheritdoc />
    public string Location => location ?? log.Location;

    /// <summary>The other stored workbook holding the log's id; null when the log is unbound or bound to <see cref="Workbook"/>.</summary>
    public async Task<string?> HolderAsync(CancellationToken cancellationToken)
    {
        var holder = await binding.ReadBindingAsync(cancellationToken).ConfigureAwait(false);
        return holder is null || string.Equals(holder, Workbook, StringComparison.Ordinal) ? null : holder;
    }

    /// <summary>
    /// True when the binding record names <see cref="Workbook"/> itself: the log's id is this stored workbook's, as
    /// recorded when it first wrote (docs/rules.md#workbook-binding), whatever a request claims.
    /// </summary>
    public async Task<bool> IsHeldByWorkbookAsync(CancellationToken cancellationToken) =>
        string.Equals(await binding.ReadBindingAsync(cancellationToken).ConfigureAwait(false), Workbook, StringComparison.Ordinal);

    /// <summary>A refusal naming the holder, for callers that find one before appending.</summary>
    public WorkbookBindingConflictException Conflict(string holder) => new(holder, Workbook);

    /// <inheritdoc />
    public Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        log.ReadAllAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<DecisionEntry> ReadEntriesAsync(CancellationToken cancellationToken) => log.ReadEntriesAsync(cancellationToken);

    /// <inheritdoc />
    public Task<RecordedHead?> ReadRecordedHeadAsync(CancellationToken cancellationToken) => log.ReadRecordedHeadAsync(cancellationToken);

    /// <inheritdoc />
    public Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken) => log.VerifyAsync(cancellationToken);

    /// <inheritdoc />
    /// <exception cref="WorkbookBindingConflictException">The log is bound to another workbook and the decision is
    /// not a Rebind; nothing was written.</exception>
    public async Task<DecisionEntry> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var holder = await binding.BindAsync(Workbook, cancellationToken).ConfigureAwait(false);
        if (string.Equals(holder, Workbook, StringComparison.Ordinal))
        {
            return await log.AppendAsync(draft, cancellationToken).ConfigureAwait(false);
        }
        if (draft.DecisionType != Portfolio.DecisionType.Rebind)
        {
            throw Conflict(holder);
        }
        var entry = await log.AppendAsync(draft, cancellationToken).ConfigureAwait(false);
        await binding.RebindAsync(Workbook, cancellationToken).ConfigureAwait(false);
        return entry;
    }
}
