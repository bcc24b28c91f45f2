using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using Layout = OfficeGovernance.Infrastructure.Mail.WeeklyStatusTableLayout;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// Keeps each week's verdicts of one workbook in Table Storage, in the weekly status table and partition
/// (<see cref="WeeklyStatusTableLayout"/>), row <c>review-2026-W47</c>, so the next weekly status can report verdict
/// changes since the last review (PRODUCT.md section 4). The verdicts are gzip-compressed JSON in base64, split over
/// numbered properties of 32,000 characters (a Table string holds 64 KiB), at most 15 of them (the 1 MiB entity limit):
/// up to about 360 KB compressed, where 2,000 initiatives take about 6 KB.
/// </summary>
public sealed class TableStorageReviewSnapshotStore : IReviewSnapshotStore
{
    private const int MaxSaveAttempts = 5;
    private readonly ITableService _tables;
    private volatile bool _tableReady;

    /// <summary>Creates the store of one workbook.</summary>
    /// <param name="tables">The Table Storage operations.</param>
    /// <param name="workbookIdentity">The workbook's drive item id (or file name); the partition key is
    /// <see cref="TableStorageDecisionLogStoreLayout.PartitionKeyFor"/> of it.</param>
    /// <param name="tableName">The table, created on first save.</param>
    /// <exception cref="ArgumentException">A blank identity or table name.</exception>
    public TableStorageReviewSnapshotStore(ITableService tables, string workbookIdentity, string tableName = Layout.DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        PartitionKey = TableStorageDecisionLogStoreLayout.PartitionKeyFor(workbookIdentity);
        _tables = tables;
        TableName = tableName;
    }

    /// <summary>The table holding the snapshots.</summary>
    public string TableName { get; }

    /// <summary>This workbook's partition.</summary>
    public string PartitionKey { get; }

    /// <inheritdoc />
    /// <remarks>Inserts the week's row, or replaces it (If-Match on the ETag just read) when it exists.</remarks>
    /// <exception cref="ArgumentException">The verdicts exceed what one row holds (see the class summary).</exception>
    /// <exception cref="TableRequestFailedException">Table Storage refused, or other writers kept replacing the row.</exception>
    public async Task SaveAsync(IsoWeek week, IReadOnlyDictionary<string, Verdict> verdicts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(verdicts);
        var properties = ReviewSnapshotRow.Encode(verdicts);
        properties["IsoWeek"] = week.ToString();
        var rowKey = Layout.ReviewRowKey(week);
        if (!_tableReady)
        {
            await _tables.CreateTableIfNotExistsAsync(TableName, ct).ConfigureAwait(false);
            _tableReady = true;
        }
        for (var attempt = 1; ; attempt++)
        {
            var existing = await _tables.GetAsync(TableName, PartitionKey, rowKey, ct).ConfigureAwait(false);
            var operation = existing is null
                ? new TableOperation(TableOperationKind.Insert, new TableEntity(PartitionKey, rowKey, properties))
                : new TableOperation(TableOperationKind.Replace, existing with { Properties = properties });
            try
            {
                await _tables.SubmitTransactionAsync(TableName, [operation], ct).ConfigureAwait(false);
                return;
            }
            catch (TableRequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxSaveAttempts)
            {
                // Another save of the same week got in between the read and the write: read again and replace it.
            }
        }
    }

    /// <summary>The verdicts saved for <paramref name="week"/>; null when none were saved.</summary>
    /// <exception cref="InvalidDataException">The row is not a snapshot; names the table, partition and row.</exception>
    /// <exception cref="TableRequestFailedException">Table Storage refused.</exception>
    public async Task<ReviewSnapshot?> LoadAsync(IsoWeek week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        TableEntity? row;
        try
        {
            row = await _tables.GetAsync(TableName, PartitionKey, Layout.ReviewRowKey(week), ct).ConfigureAwait(false);
        }
        catch (TableRequestFailedException ex) when (IsTableNotFound(ex))
        {
            return null;
        }
        return row is null ? null : Parse(row);
    }

    /// <inheritdoc />
    /// <remarks>One range query over the review rows before the week (zero-padded week text sorts in week order);
    /// the last one is the latest. A table not created yet holds no snapshot.</remarks>
    /// <exception cref="InvalidDataException">That row is not a snapshot; names the table, partition and row.</exception>
    /// <exception cref="TableRequestFailedException">Table Storage refused.</exception>
    public async Task<ReviewSnapshot?> LoadLatestBeforeAsync(IsoWeek week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        TableEntity? latest = null;
        TableContinuation? continuation = null;
        do
        {
            TablePage page;
            try
            {
                page = await _tables.QueryAsync(TableName, PartitionKey, Layout.ReviewRowKeyPrefix, Layout.ReviewRowKey(week),
                    continuation, ct).ConfigureAwait(false);
            }
            catch (TableRequestFailedException ex) when (continuation is null && IsTableNotFound(ex))
            {
                return null;
            }
            latest = page.Entities.Count > 0 ? page.Entities[^1] : latest;
            continuation = page.Next;
        }
        while (continuation is not null);
        return latest is null ? null : Parse(latest);
    }

    private ReviewSnapshot Parse(TableEntity row)
    {
        var weekText = row.RowKey[Layout.ReviewRowKeyPrefix.Length..];
        if (!IsoWeek.TryParse(weekText, out var week))
        {
            throw Corrupt(row.RowKey, $"'{weekText}' is not an ISO week", null);
        }
        return new ReviewSnapshot(week!, ReviewSnapshotRow.Decode(row.Properties, (problem, inner) => Corrupt(row.RowKey, problem, inner)));
    }

    private InvalidDataException Corrupt(string rowKey, string problem, Exception? inner) =>
        new($"Review snapshot table {TableName} partition {PartitionKey} row {rowKey} is not a snapshot: {problem}.", inner);

    private static bool IsTableNotFound(TableRequestFailedException ex) =>
        ex.Status == 404 && string.Equals(ex.ErrorCode, "TableNotFound", StringComparison.Ordinal);
}
