using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

/// <summary>
/// Passes every call to a real <see cref="ITableService"/>, counts table creations, and can fail the next Replace
/// (the "sent, but recording Sent failed" crash of PRODUCT.md section 6), or run an action just before the next
/// Insert (another run writing the same row first).
/// </summary>
internal sealed class StatusOutboxTableService(ITableService inner) : ITableService
{
    private int _failNextReplace;
    private Func<Task>? _beforeNextInsert;

    public int CreateTableCalls { get; private set; }

    public void FailNextReplace() => _failNextReplace = 1;

    public void BeforeNextInsert(Func<Task> action) => _beforeNextInsert = action;

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

    public async Task SubmitTransactionAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        if (operations.Any(o => o.Kind == TableOperationKind.Insert) && Interlocked.Exchange(ref _beforeNextInsert, null) is { } action)
        {
            await action();
        }
        if (operations.Any(o => o.Kind == TableOperationKind.Replace) && Interlocked.Exchange(ref _failNextReplace, 0) == 1)
        {
            throw new TableRequestFailedException(503, "ServerBusy", "scripted failure of the Replace");
        }
        await inner.SubmitTransactionAsync(table, operations, cancellationToken);
    }
}
