using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using OfficeGovernance.Domain.DecisionLog;
using Layout = OfficeGovernance.Infrastructure.DecisionLog.TableStorage.TableStorageDecisionLogStoreLayout;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// The decision log of one workbook in Azure Table Storage (docs/rules.md#decision-log; issue 4), through Azure.Data.Tables:
/// one partition per workbook, laid out as <see cref="TableStorageDecisionLogStoreLayout"/> describes. Appends write
/// the entry, its idempotency marker and the moved head in one entity group transaction
/// (<see cref="TableClient.SubmitTransactionAsync"/>) guarded by the head's ETag, so concurrent writers in any number
/// of processes never fork or lose the chain, and a decision whose first attempt landed is never stored twice.
/// </summary>
public sealed partial class TableStorageDecisionLogStore : IDecisionLogStore
{
    /// <summary>The table used when none is given.</summary>
    public const string DefaultTableName = "DecisionLog";

    /// <summary>How many transactions an append tries when other writers keep moving the head.</summary>
    public const int DefaultMaxAttempts = 50;

    private readonly TableClient _table;
    private readonly int _maxAttempts;
    private readonly Func<int, CancellationToken, Task> _backoff;
    private volatile bool _tableReady;

    /// <summary>Creates a store for the chain of one workbook.</summary>
    /// <param name="service">The account, from <see cref="TableStorageClients.Create(string, TableClientOptions?)"/>.</param>
    /// <param name="workbookIdentity">The workbook's id (<c>Settings.WorkbookId</c>, a drive item id or file name); the
    /// partition key is <see cref="TableStorageDecisionLogStoreLayout.PartitionKeyFor"/> of it.</param>
    /// <param name="tableName">The table: 3 to 63 ASCII letters and digits, starting with a letter.</param>
    /// <param name="maxAttempts">How many transactions an append tries before giving up (at least 1).</param>
    /// <param name="backoff">Waits after failed attempt n (1-based) before the next; null: a jittered exponential wait
    /// from 2 ms up to 100 ms. Tests pass a function that does not wait.</param>
    /// <exception cref="ArgumentException">A blank identity or an invalid table name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is below 1.</exception>
    public TableStorageDecisionLogStore(
        TableServiceClient service, string workbookIdentity, string tableName = DefaultTableName,
        int maxAttempts = DefaultMaxAttempts, Func<int, CancellationToken, Task>? backoff = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        if (!IsValidTableName(tableName))
        {
            throw new ArgumentException(
                $"'{tableName}' is not a table name: use 3 to 63 ASCII letters and digits, starting with a letter.",
                nameof(tableName));
        }
        PartitionKey = Layout.PartitionKeyFor(workbookIdentity);
        TableName = tableName;
        _table = service.GetTableClient(tableName);
        _maxAttempts = maxAttempts;
        _backoff = backoff ?? JitteredBackoff;
    }

    /// <summary>The table holding the log.</summary>
    public string TableName { get; }

    /// <summary>The partition of this workbook's chain.</summary>
    public string PartitionKey { get; }

    /// <summary>Entities per query page; null for the service's maximum (1,000). Tests make pages small.</summary>
    internal int? PageSize { get; init; }

    /// <summary>The table and partition, such as <c>Table Storage table Decisions partition portfolio.xlsx</c>.</summary>
    public string Location => $"Table Storage {Where}";

    /// <inheritdoc />
    /// <remarks>Pages through the entry rows (Azure.Data.Tables follows the continuations). A table that does not exist
    /// yet is an empty log.</remarks>
    /// <exception cref="DecisionLogCorruptException">An entry row has no Entry property or it does not parse; names the
    /// table, partition and row key.</exception>
    /// <exception cref="RequestFailedException">The service refused, or gave no answer after the retries.</exception>
    public async Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        await ReadEntriesAsync(cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <remarks>Page by page (<see cref="PageSize"/> entities, the service's 1,000 by default): one page in memory at a
    /// time. A table that does not exist yet is an empty log.</remarks>
    /// <exception cref="DecisionLogCorruptException">An entry row has no Entry property or it does not parse; names the
    /// table, partition and row key.</exception>
    /// <exception cref="RequestFailedException">The service refused, or gave no answer after the retries.</exception>
    public async IAsyncEnumerable<DecisionEntry> ReadEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {PartitionKey} and RowKey ge {Layout.EntryRowKeyFrom} and RowKey lt {Layout.EntryRowKeyTo}");
        var pages = _table.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: cancellationToken).AsPages()
            .GetAsyncEnumerator(cancellationToken);
        await using (pages.ConfigureAwait(false))
        {
            var first = true;
            while (await NextPageAsync(pages, first).ConfigureAwait(false))
            {
                first = false;
                foreach (var entity in pages.Current.Values)
                {
                    yield return ParseEntry(entity);
                }
            }
        }
    }

    private static async Task<bool> NextPageAsync(IAsyncEnumerator<Page<TableEntity>> pages, bool first)
    {
        try
        {
            return await pages.MoveNextAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (first && TableFailures.IsTableNotFound(ex))
        {
            return false;
        }
    }

    /// <inheritdoc />
    /// <remarks>The head row; absent (an empty chain, or a table not created yet) is a recorded head of none.</remarks>
    /// <exception cref="DecisionLogCorruptException">The head row does not parse.</exception>
    /// <exception cref="RequestFailedException">The service refused.</exception>
    public async Task<RecordedHead?> ReadRecordedHeadAsync(CancellationToken cancellationToken)
    {
        TableEntity? headRow;
        try
        {
            headRow = await GetAsync(Layout.HeadRowKey, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (TableFailures.IsTableNotFound(ex))
        {
            headRow = null;
        }
        return new RecordedHead(ParseHead(headRow) is { } head ? new LogHead(head.Sequence, head.Hash) : null, Where);
    }

    /// <summary>
    /// Verifies the chain and then that the head agrees with the last entry in sequence and hash, so deleting the
    /// newest entries, or editing the last entry and recomputing its hash, is detected too (docs/rules.md#decision-log,
    /// verify): one streamed pass (<see cref="DecisionLogVerifier"/>).
    /// </summary>
    /// <returns>The first problem found, in words; intact when there is none (a table not created yet is an intact
    /// empty log).</returns>
    /// <exception cref="DecisionLogCorruptException">An entry row or the head does not parse.</exception>
    /// <exception cref="RequestFailedException">The service refused.</exception>
    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken) =>
        (await DecisionLogVerifier.VerifyAsync(this, null, null, cancellationToken).ConfigureAwait(false)).Verification;

    private string Where => $"table {TableName} partition {PartitionKey}";

    private Task<TableEntity?> GetAsync(string rowKey, CancellationToken cancellationToken) =>
        _table.FindEntityAsync(PartitionKey, rowKey, cancellationToken);

    private DecisionEntry ParseEntry(TableEntity entity)
    {
        if (TableEntityText.Get(entity, Layout.EntryProperty) is not { } json)
        {
            throw Corrupt(entity.RowKey, $"it has no {Layout.EntryProperty} property");
        }
        try
        {
            return DecisionLogEntryJson.Parse(json);
        }
        catch (FormatException ex)
        {
            throw Corrupt(entity.RowKey, ex.Message, ex);
        }
    }

    /// <summary>The head's (sequence, hash), or null for an empty chain.</summary>
    private TableStorageDecisionLogStoreHead? ParseHead(TableEntity? entity)
    {
        if (entity is null)
        {
            return null;
        }
        var sequence = TableEntityText.Get(entity, Layout.SequenceProperty);
        var hash = TableEntityText.Get(entity, Layout.HashProperty);
        if (!long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1
            || string.IsNullOrEmpty(hash))
        {
            throw Corrupt(entity.RowKey,
                $"the head needs a positive {Layout.SequenceProperty} and a {Layout.HashProperty} (found '{sequence}' and '{hash}')");
        }
        return new TableStorageDecisionLogStoreHead(value, hash, entity.ETag);
    }

    private DecisionLogCorruptException Corrupt(string rowKey, string problem, Exception? inner = null) =>
        new($"Decision log {Where} row {rowKey} cannot be read: {problem}.", inner);

    private static bool IsValidTableName(string? name) =>
        name is { Length: >= 3 and <= 63 } && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private static Task JitteredBackoff(int failedAttempt, CancellationToken cancellationToken)
    {
        var milliseconds = Math.Min(100.0, 2.0 * Math.Pow(2, Math.Min(failedAttempt - 1, 10)));
        return Task.Delay(TimeSpan.FromMilliseconds(milliseconds * (0.5 + Random.Shared.NextDouble())), cancellationToken);
    }
}
