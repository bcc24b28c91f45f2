using Azure.Data.Tables;
using Azure;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using Layout = OfficeGovernance.Infrastructure.Mail.WeeklyStatusTableLayout;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// Keeps each week's verdicts of one workbook in Table Storage, in the weekly status table and partition
/// (<see cref="WeeklyStatusTableLayout"/>), row <c>review-2026-W47</c>, so the next weekly status can report verdict
/// changes since the last review (docs/rules.md#weekly-status). The verdicts are gzip-compressed JSON in base64, split over
/// numbered properties of 32,000 characters (a Table string holds 64 KiB), at most 15 of them (the 1 MiB entity limit):
/// up to about 360 KB compressed, where 2,000 initiatives take about 6 KB.
/// </summary>
public sealed class TableStorageReviewSnapshotStore : IReviewSnapshotStore
{
    private const int MaxSaveAttempts = 5;
    private readonly TableClient _table;
    private volatile bool _tableReady;

    /// <summary>Creates the store of one workbook.</summary>
    /// <param name="tables">The account, from <see cref="TableStorageClients"/>.</param>
    /// <param name="workbookIdentity">The workbook's drive item id (or file name); the partition key is
    /// <see cref="TableStorageDecisionLogStoreLayout.PartitionKeyFor"/> of it.</param>
    /// <param name="tableName">The table, created on first save.</param>
    /// <exception cref="ArgumentException">A blank identity or table name.</exception>
    public TableStorageReviewSnapshotStore(TableServiceClient tables, string workbookIdentity, string tableName = Layout.DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        PartitionKey = TableStorageDecisionLogStoreLayout.PartitionKeyFor(workbookIdentity);
        _table = tables.GetTableClient(tableName);
        TableName = tableName;
    }

    /// <summary>The table holding the snapshots.</summary>
    public string TableName { get; }

    /// <summary>This workbook's partition.</summary>
    public string PartitionKey { get; }

    /// <inheritdoc />
    /// <remarks>Inserts the week's row, or replaces it (If-Match on the ETag just read) when it exists.</remarks>
    /// <exception cref="ArgumentException">The verdicts exceed what one row holds (see the class summary).</exception>
    /// <exception cref="RequestFailedException">Table Storage refused, or other writers kept replacing the row.</exception>
    public async Task SaveAsync(
        IsoWeek week, IReadOnlyDictionary<string, Verdict> verdicts, IReadOnlyCollection<string> overCap, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(overCap);
        var properties = ReviewSnapshotRow.Encode(verdicts, overCap);
        properties["IsoWeek"] = week.ToString();
        var rowKey = Layout.ReviewRowKey(week);
        if (!_tableReady)
        {
            await _table.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
            _tableReady = true;
        }
        for (var attempt = 1; ; attempt++)
        {
            var existing = await GetAsync(rowKey, ct).ConfigureAwait(false);
            var row = TableEntityText.Entity(PartitionKey, rowKey, properties);
            try
            {
                if (existing is null)
                {
                    await _table.AddEntityAsync(row, ct).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                }
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxSaveAttempts)
            {
                // Another save of the same week got in between the read and the write: read again and replace it.
            }
        }
    }

    /// <summary>The verdicts saved for <paramref name="week"/>; null when none were saved.</summary>
    /// <exception cref="InvalidDataException">The row is not a snapshot; names the table, partition and row.</exception>
    /// <exception cref="RequestFailedException">Table Storage refused.</exception>
    public async Task<ReviewSnapshot?> LoadAsync(IsoWeek week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        TableEntity? row;
        try
        {
            row = await GetAsync(Layout.ReviewRowKey(week), ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (TableFailures.IsTableNotFound(ex))
        {
            return null;
        }
        return row is null ? null : Parse(row);
    }

    /// <inheritdoc />
    /// <remarks>One range query over the review rows before the week (zero-padded week text sorts in week order);
    /// the last one is the latest. A table not created yet holds no snapshot.</remarks>
    /// <exception cref="InvalidDataException">That row is not a snapshot; names the table, partition and row.</exception>
    /// <exception cref="RequestFailedException">Table Storage refused.</exception>
    public async Task<ReviewSnapshot?> LoadLatestBeforeAsync(IsoWeek week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        TableEntity? latest = null;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {PartitionKey} and RowKey ge {Layout.ReviewRowKeyPrefix} and RowKey lt {Layout.ReviewRowKey(week)}");
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
            {
                latest = row;
            }
        }
        catch (RequestFailedException ex) when (latest is null && TableFailures.IsTableNotFound(ex))
        {
            return null;
        }
        return latest is null ? null : Parse(latest);
    }

    private ReviewSnapshot Parse(TableEntity row)
    {
        var weekText = row.RowKey[Layout.ReviewRowKeyPrefix.Length..];
        if (!IsoWeek.TryParse(weekText, out var week))
        {
            throw Corrupt(row.RowKey, $"'{weekText}' is not an ISO week", null);
        }
        var (verdicts, overCap) = ReviewSnapshotRow.Decode(
            TableEntityText.Properties(row), (problem, inner) => Corrupt(row.RowKey, problem, inner));
        return new ReviewSnapshot(week!, verdicts, overCap);
    }

    private InvalidDataException Corrupt(string rowKey, string problem, Exception? inner) =>
        new($"Review snapshot table {TableName} partition {PartitionKey} row {rowKey} is not a snapshot: {problem}.", inner);

    private Task<TableEntity?> GetAsync(string rowKey, CancellationToken cancellationToken) =>
        _table.FindEntityAsync(PartitionKey, rowKey, cancellationToken);
}
