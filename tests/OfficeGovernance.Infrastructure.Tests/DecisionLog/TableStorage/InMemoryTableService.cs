using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>
/// Table Storage in memory with the semantics the decision log relies on: a new ETag on every write, Insert of an
/// existing entity -> 409, Get or query of a missing table -> 404 TableNotFound, Replace with a stale ETag -> 412 (missing entity -> 404), transactions all or nothing,
/// queries in ordinal row key order in pages of <see cref="PageSize"/> with continuations. Faults can be injected:
/// fail before applying, apply and lose the response, and run code just before the next transaction (a concurrent
/// writer between an append's head read and its submit).
/// </summary>
internal sealed class InMemoryTableService : ITableService
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SortedDictionary<(string Partition, string Row), Stored>> _tables =
        new(StringComparer.Ordinal);
    private readonly Queue<Fault> _faults = new();
    private readonly List<int> _failedStatuses = [];
    private Func<CancellationToken, Task>? _beforeNextTransaction;
    private long _version;
    private int _queryCount;
    private int _appliedTransactions;

    /// <summary>How many entities a query page holds at most (Table Storage: 1,000).</summary>
    public int PageSize { get; set; } = 1000;

    public int QueryCount { get { lock (_gate) { return _queryCount; } } }

    public int AppliedTransactions { get { lock (_gate) { return _appliedTransactions; } } }

    /// <summary>The statuses of the transactions that failed, in order (injected faults included).</summary>
    public IReadOnlyList<int> FailedStatuses { get { lock (_gate) { return [.. _failedStatuses]; } } }

    /// <summary>The next transaction fails with <paramref name="status"/> before anything is applied.</summary>
    public void FailNextTransaction(int status = 503, string errorCode = "ServerBusy")
    {
        lock (_gate)
        {
            _faults.Enqueue(new Fault(false, new TableRequestFailedException(status, errorCode, $"Injected {status}.")));
        }
    }

    /// <summary>The next transaction is applied, then <paramref name="thrown"/> (default an IOException) is thrown as
    /// if the response had been lost.</summary>
    public void LoseNextTransactionResponse(Exception? thrown = null)
    {
        lock (_gate)
        {
            _faults.Enqueue(new Fault(true, thrown ?? new IOException("Injected: the response was lost after the transaction was applied.")));
        }
    }

    /// <summary>Runs <paramref name="action"/> once, at the start of the next transaction, before it is checked.</summary>
    public void BeforeNextTransaction(Func<CancellationToken, Task> action) =>
        Interlocked.Exchange(ref _beforeNextTransaction, action);

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _tables.TryAdd(table, new SortedDictionary<(string, string), Stored>(KeyOrder.Instance));
        }
        return Task.CompletedTask;
    }

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Like the service and TableServiceClient: a missing entity is null, a missing table is thrown.
            return Task.FromResult(TableOrThrow(table).TryGetValue((partitionKey, rowKey), out var stored)
                ? stored.ToEntity(partitionKey, rowKey)
                : null);
        }
    }

    public Task<TablePage> QueryAsync(
        string table, string partitionKey, string rowKeyFrom, string rowKeyTo, TableContinuation? continuation,
        CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _queryCount++;
            var rows = TableOrThrow(table);
            if (continuation is not null && continuation.NextPartitionKey != partitionKey)
            {
                throw new ArgumentException("The continuation belongs to another partition.", nameof(continuation));
            }
            var start = continuation?.NextRowKey ?? rowKeyFrom;
            var matching = rows
                .Where(r => r.Key.Partition == partitionKey
                    && string.CompareOrdinal(r.Key.Row, start) >= 0
                    && string.CompareOrdinal(r.Key.Row, rowKeyFrom) >= 0
                    && string.CompareOrdinal(r.Key.Row, rowKeyTo) < 0)
                .Take(PageSize + 1)
                .ToList();
            var page = matching.Take(PageSize).Select(r => r.Value.ToEntity(r.Key.Partition, r.Key.Row)).ToList();
            var next = matching.Count > PageSize ? new TableContinuation(partitionKey, matching[PageSize].Key.Row) : null;
            return Task.FromResult(new TablePage(page, next));
        }
    }

    public async Task SubmitTransactionAsync(
        string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        // Yield so that parallel appenders really interleave between their reads and their submits.
        await Task.Yield();
        var before = Interlocked.Exchange(ref _beforeNextTransaction, null);
        if (before is not null)
        {
            await before(cancellationToken);
        }
        lock (_gate)
        {
            var fault = _faults.Count > 0 ? _faults.Dequeue() : null;
            if (fault is { Applies: false })
            {
                throw Failed(fault.Thrown);
            }
            var rows = TableOrThrow(table);
            var refusal = Check(rows, operations);
            if (refusal is not null)
            {
                throw Failed(refusal);
            }
            foreach (var operation in operations)
            {
                var entity = operation.Entity;
                rows[(entity.PartitionKey, entity.RowKey)] = new Stored(Copy(entity.Properties), NextETag());
            }
            _appliedTransactions++;
            if (fault is not null)
            {
                throw fault.Thrown;
            }
        }
    }

    /// <summary>Every entity of the table, in key order.</summary>
    public IReadOnlyList<TableEntity> Entities(string table)
    {
        lock (_gate)
        {
            return [.. TableOrThrow(table).Select(r => r.Value.ToEntity(r.Key.Partition, r.Key.Row))];
        }
    }

    /// <summary>Sets one property of a stored entity behind the store's back (tampering); gives it a new ETag.</summary>
    public void SetProperty(string table, string partitionKey, string rowKey, string property, string value)
    {
        lock (_gate)
        {
            var rows = TableOrThrow(table);
            var stored = rows[(partitionKey, rowKey)];
            var properties = Copy(stored.Properties);
            properties[property] = value;
            rows[(partitionKey, rowKey)] = new Stored(properties, NextETag());
        }
    }

    /// <summary>Deletes a stored entity behind the store's back.</summary>
    public void Delete(string table, string partitionKey, string rowKey)
    {
        lock (_gate)
        {
            if (!TableOrThrow(table).Remove((partitionKey, rowKey)))
            {
                throw new KeyNotFoundException($"No entity {partitionKey}/{rowKey} in {table}.");
            }
        }
    }

    private static TableRequestFailedException? Check(
        SortedDictionary<(string Partition, string Row), Stored> rows, IReadOnlyList<TableOperation> operations)
    {
        if (operations.Count is 0 or > 100 || operations.Select(o => o.Entity.PartitionKey).Distinct().Count() != 1
            || operations.Select(o => o.Entity.RowKey).Distinct().Count() != operations.Count)
        {
            return new TableRequestFailedException(400, "InvalidInput", "1 to 100 operations on distinct rows of one partition.");
        }
        foreach (var operation in operations)
        {
            var key = (operation.Entity.PartitionKey, operation.Entity.RowKey);
            var exists = rows.TryGetValue(key, out var stored);
            if (operation.Kind == TableOperationKind.Insert && exists)
            {
                return new TableRequestFailedException(409, "EntityAlreadyExists", $"{key} exists.");
            }
            if (operation.Kind == TableOperationKind.Replace && !exists)
            {
                return new TableRequestFailedException(404, "ResourceNotFound", $"{key} does not exist.");
            }
            if (operation.Kind == TableOperationKind.Replace && operation.Entity.ETag != "*" && operation.Entity.ETag != stored!.ETag)
            {
                return new TableRequestFailedException(412, "UpdateConditionNotSatisfied", $"{key} changed.");
            }
        }
        return null;
    }

    private Exception Failed(Exception thrown)
    {
        _failedStatuses.Add(thrown is TableRequestFailedException t ? t.Status : 0);
        return thrown;
    }

    private SortedDictionary<(string Partition, string Row), Stored> TableOrThrow(string table) =>
        _tables.TryGetValue(table, out var rows)
            ? rows
            : throw new TableRequestFailedException(404, "TableNotFound", $"The table {table} does not exist.");

    private string NextETag() => $"W/\"datetime'{++_version}'\"";

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> properties) =>
        properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private sealed record Stored(IReadOnlyDictionary<string, string> Properties, string ETag)
    {
        public TableEntity ToEntity(string partitionKey, string rowKey) => new(partitionKey, rowKey, Copy(Properties), ETag);
    }

    private sealed record Fault(bool Applies, Exception Thrown);

    private sealed class KeyOrder : IComparer<(string Partition, string Row)>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare((string Partition, string Row) x, (string Partition, string Row) y)
        {
            var byPartition = string.CompareOrdinal(x.Partition, y.Partition);
            return byPartition != 0 ? byPartition : string.CompareOrdinal(x.Row, y.Row);
        }
    }
}
