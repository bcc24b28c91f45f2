using System.Globalization;
using Azure;
using Azure.Data.Tables;
using OfficeGovernance.Domain.DecisionLog;
using Layout = OfficeGovernance.Infrastructure.DecisionLog.TableStorage.TableStorageDecisionLogStoreLayout;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

public sealed partial class TableStorageDecisionLogStore
{
    /// <inheritdoc />
    /// <remarks>
    /// Creates the table on first use. Each attempt reads the head (with its ETag), returns the stored entry when the
    /// decision's marker exists (or the first entry of its idempotency key, when the content is the same), and otherwise
    /// submits one transaction: replace the head guarded by its ETag (insert it when the chain is empty), insert the
    /// entry, the marker, and the idempotency key's marker when the draft has a key (kept as long as the log). A 412 (the head moved) or 409 (a row
    /// already exists) means another writer got there first: the attempt is repeated, marker first, after the
    /// backoff. When no answer came (outcome unknown, see <c>TableFailures.IsOutcomeUnknown</c>: Azure.Core's
    /// <see cref="AggregateException"/> of the attempts, a <see cref="RequestFailedException"/> with status 0, a
    /// timeout, or a 500/503/504 after the retries), the marker is read again: if the transaction landed, its entry is
    /// returned; if not, that exception is rethrown as it came, and retrying with the same draft is safe.
    /// </remarks>
    /// <exception cref="ArgumentException">The draft's decision id is empty.</exception>
    /// <exception cref="IdempotencyKeyConflictException">The draft's idempotency key recorded other content; nothing
    /// is written.</exception>
    /// <exception cref="DecisionLogCorruptException">The head or a marker does not parse, a marker points at a
    /// missing or different entry, or an entry row exists beyond the head; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">Other writers kept moving the head through every attempt; the
    /// last conflict is the inner exception.</exception>
    /// <exception cref="RequestFailedException">The service refused other than by a conflict, or no answer came and
    /// the decision is not stored as far as a re-read shows (status 0, 500, 503 or 504).</exception>
    /// <exception cref="AggregateException">No answer came through Azure.Core's retries (each attempt's failure
    /// inside) and the decision is not stored as far as a re-read shows.</exception>
    public async Task<DecisionEntry> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var markerKey = Layout.MarkerRowKey(draft.DecisionId);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        TableStorageDecisionLogStoreHead? headAtConflict = null;
        var conflicted = false;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var head = ParseHead(await GetAsync(Layout.HeadRowKey, cancellationToken).ConfigureAwait(false));
            var stored = await FindStoredAsync(draft.DecisionId, markerKey, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                return stored;
            }
            if (await FindByKeyAsync(draft, cancellationToken).ConfigureAwait(false) is { } keyed)
            {
                return IdempotentReplay.Resolve(draft, keyed);
            }
            var entry = NextEntry(draft, head);
            // Every transaction that inserts an entry row moves the head with it, so a 409 after which the head has
            // not moved cannot come from another writer: a row exists that no append wrote.
            if (conflicted && SameHead(head, headAtConflict))
            {
                throw Corrupt(Layout.EntryRowKey(entry.Sequence),
                    $"it already exists although the head says the chain ends at entry {head?.Sequence ?? 0}; " +
                    "rows were written or the head deleted outside an append (run verify)");
            }
            try
            {
                await _table.SubmitTransactionAsync(Actions(entry, markerKey, head), cancellationToken).ConfigureAwait(false);
                return entry;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                if (attempt >= _maxAttempts)
                {
                    throw new InvalidOperationException(
                        $"Decision log {Where}: gave up appending decision {draft.DecisionId} after {attempt} attempts " +
                        $"because other writers kept moving the head (last: {ex.Status} {ex.ErrorCode}).", ex);
                }
                conflicted = ex.Status == 409;
                headAtConflict = head;
            }
            catch (Exception ex) when (TableFailures.IsOutcomeUnknown(ex, cancellationToken))
            {
                // No answer after the pipeline's retries: the transaction may or may not have landed. If it did, its
                // marker says so and the stored entry is the answer; if not, the caller learns the outcome is unknown.
                var landed = await FindStoredAsync(draft.DecisionId, markerKey, cancellationToken).ConfigureAwait(false);
                if (landed is not null)
                {
                    return landed;
                }
                throw;
            }
            await _backoff(attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_tableReady)
        {
            return;
        }
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        _tableReady = true;
    }

    /// <summary>The entry holding <paramref name="decisionId"/> when its marker exists; null when it does not.</summary>
    private async Task<DecisionEntry?> FindStoredAsync(
        string decisionId, string markerKey, CancellationToken cancellationToken)
    {
        var marker = await GetAsync(markerKey, cancellationToken).ConfigureAwait(false);
        if (marker is null)
        {
            return null;
        }
        var sequenceText = TableEntityText.Get(marker, Layout.SequenceProperty);
        if (!long.TryParse(sequenceText, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1)
        {
            throw Corrupt(markerKey, $"the marker needs a positive {Layout.SequenceProperty} (found '{sequenceText}')");
        }
        var entryKey = Layout.EntryRowKey(sequence);
        var entity = await GetAsync(entryKey, cancellationToken).ConfigureAwait(false)
            ?? throw Corrupt(markerKey, $"the marker points at entry row {entryKey}, which does not exist");
        var entry = ParseEntry(entity);
        if (!string.Equals(entry.Decision.DecisionId, decisionId, StringComparison.Ordinal))
        {
            throw Corrupt(markerKey,
                $"the marker of decision {decisionId} points at entry row {entryKey}, which holds decision {entry.Decision.DecisionId}");
        }
        return entry;
    }

    /// <summary>The entry an idempotency key recorded (its marker row holds the sequence); null when none or no key.</summary>
    private async Task<DecisionEntry?> FindByKeyAsync(DecisionDraft draft, CancellationToken cancellationToken)
    {
        if (draft.IdempotencyKey is not { } key)
        {
            return null;
        }
        var keyMarker = Layout.KeyMarkerRowKey(key);
        var marker = await GetAsync(keyMarker, cancellationToken).ConfigureAwait(false);
        if (marker is null)
        {
            return null;
        }
        var decisionId = TableEntityText.Get(marker, Layout.DecisionIdProperty)
            ?? throw Corrupt(keyMarker, $"the key marker has no {Layout.DecisionIdProperty}");
        return await FindStoredAsync(decisionId, Layout.MarkerRowKey(decisionId), cancellationToken).ConfigureAwait(false)
            ?? throw Corrupt(keyMarker, $"the key marker names decision {decisionId}, which has no marker");
    }

    /// <summary><see cref="DecisionChain.Next"/> applied to the head's sequence and hash, all the head keeps.</summary>
    private static DecisionEntry NextEntry(DecisionDraft draft, TableStorageDecisionLogStoreHead? head) =>
        head is null
            ? DecisionChain.Next(draft, null)
            : new DecisionEntry
            {
                Decision = draft,
                Sequence = head.Sequence + 1,
                PreviousHash = head.Hash,
                Hash = DecisionChain.ComputeHash(draft, head.Hash),
            };

    private TableTransactionAction[] Actions(DecisionEntry entry, string markerKey, TableStorageDecisionLogStoreHead? head)
    {
        var sequence = entry.Sequence.ToString(CultureInfo.InvariantCulture);
        var entryRow = TableEntityText.Entity(PartitionKey, Layout.EntryRowKey(entry.Sequence), new Dictionary<string, string>
        {
            [Layout.EntryProperty] = DecisionLogEntryJson.Serialize(entry),
            [Layout.DecisionIdProperty] = entry.Decision.DecisionId,
            [Layout.SequenceProperty] = sequence,
            [Layout.HashProperty] = entry.Hash,
        });
        var markerRow = TableEntityText.Entity(PartitionKey, markerKey, new Dictionary<string, string>
        {
            [Layout.DecisionIdProperty] = entry.Decision.DecisionId,
            [Layout.SequenceProperty] = sequence,
        });
        var headRow = TableEntityText.Entity(PartitionKey, Layout.HeadRowKey, new Dictionary<string, string>
        {
            [Layout.SequenceProperty] = sequence,
            [Layout.HashProperty] = entry.Hash,
        });
        // The head goes first: the service reports the first failing action, so a moved head reads as 412.
        return
        [
            head is null
                ? new TableTransactionAction(TableTransactionActionType.Add, headRow)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, headRow, head.ETag),
            new TableTransactionAction(TableTransactionActionType.Add, entryRow),
            new TableTransactionAction(TableTransactionActionType.Add, markerRow),
            .. entry.Decision.IdempotencyKey is { } key
                ? new[]
                {
                    new TableTransactionAction(TableTransactionActionType.Add, TableEntityText.Entity(
                        PartitionKey, Layout.KeyMarkerRowKey(key), new Dictionary<string, string>
                        {
                            [Layout.DecisionIdProperty] = entry.Decision.DecisionId,
                            [Layout.SequenceProperty] = sequence,
                        })),
                }
                : [],
        ];
    }

    private static bool SameHead(TableStorageDecisionLogStoreHead? now, TableStorageDecisionLogStoreHead? before) =>
        now is null
            ? before is null
            : before is not null && now.ETag != default && now.ETag == before.ETag;
}
