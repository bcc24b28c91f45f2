using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

/// <summary>
/// Passes every call to a real <see cref="ITableService"/>, counts table creations, and can fail the next Replace
/// (the "sent, but recording Sent failed" crash of PRODUCT.md section 6).
/// </summary>
internal sealed class StatusOutboxTableService(ITableService inner) : ITableService
{
    private int _failNextReplace;

    public int CreateTableCalls { get; private set; }

    public void FailNextReplace() => _failNextReplace = 1;

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken)
    {
        CreateTableCalls++;
        return inner.CreateTableIfNotExistsAsync(table, cancellationToken);
    }

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

    public Task<TablePage> QueryAsync(string table, string partitionKey, string rowKeyFrom, string rowKeyTo,
        TableContinuation? continuation, CancellationToken cancellationToken) =>
        inner.QueryAsync(table, partitionKey, rowKeyFrom, rowKeyTo, continuation, cancellationToken);

    public Task SubmitTransactionAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        if (operations.Any(o => o.Kind == TableOperationKind.Replace) && Interlocked.Exchange(ref _failNextReplace, 0) == 1)
        {
            throw new TableRequestFailedException(503, "ServerBusy", "scripted failure of the Replace");
        }
        return inner.SubmitTransactionAsync(table, operations, cancellationToken);
    }
}
