using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;
using static OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableEntityBuilder;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

[Collection(AzuriteCollection.Name)]
public sealed class TableServiceClientFaultTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly FaultInjectingTransport _transport = new();
    private readonly string _table = AzuriteFixture.UniqueTableName();
    private TableServiceClient _client = null!;
    private static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync()
    {
        var options = new TableClientOptions { Transport = _transport };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(2);
        _client = new TableServiceClient(TableConnection.Parse(azurite.ConnectionString), options);
        await _client.CreateTableIfNotExistsAsync(_table, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _transport.Dispose();

    private List<TransportEvent> BatchEvents() => [.. _transport.Events.Where(e => e.Path.EndsWith("/$batch"))];

    [Fact]
    public async Task SubmitTransactionAsync_Two503sThenSuccess_RetriedAndStoredOnce()
    {
        _transport.Enqueue(
            TransportFault.Unavailable(HttpMethod.Post, "$batch"), TransportFault.Unavailable(HttpMethod.Post, "$batch"));

        await _client.SubmitTransactionAsync(_table, [Insert("p", "d-1", ("V", "1"))], None);

        Assert.Equal(
            [TransportFaultKind.ServiceUnavailable, TransportFaultKind.ServiceUnavailable, null],
            BatchEvents().Select(e => e.Fault));
        var stored = await _client.QueryAsync(_table, "p", "", "\uffff", null, None);
        Assert.Equal(["d-1"], stored.Entities.Select(e => e.RowKey));
    }

    [Fact]
    public async Task SubmitTransactionAsync_503BeyondRetries_Throws503()
    {
        _transport.Enqueue([.. Enumerable.Range(0, 5).Select(_ => TransportFault.Unavailable(HttpMethod.Post, "$batch"))]);

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(
            () => _client.SubmitTransactionAsync(_table, [Insert("p", "d-1")], None));

        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(5, BatchEvents().Count);
        Assert.Null(await _client.GetAsync(_table, "p", "d-1", None));
    }

    [Fact]
    public async Task SubmitTransactionAsync_AnswerLostAfterInsertLanded_RetryMeets409()
    {
        _transport.Enqueue(TransportFault.Drop(HttpMethod.Post, "$batch"));

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(
            () => _client.SubmitTransactionAsync(_table, [Insert("p", "d-1", ("V", "1"))], None));

        Assert.Equal(409, error.Status);
        Assert.Equal([TransportFaultKind.DropResponse, null], BatchEvents().Select(e => e.Fault));
        Assert.Equal("1", (await _client.GetAsync(_table, "p", "d-1", None))!.Properties["V"]);
    }

    [Fact]
    public async Task SubmitTransactionAsync_AnswerSlowerThanNetworkTimeout_RetriedAfterItLanded()
    {
        _transport.Enqueue(TransportFault.Slow(TimeSpan.FromMinutes(5), HttpMethod.Post, "$batch"));

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(
            () => _client.SubmitTransactionAsync(_table, [Insert("p", "d-1")], None));

        Assert.Equal(409, error.Status);
        Assert.Equal([TransportFaultKind.DelayResponse, null], BatchEvents().Select(e => e.Fault));
    }

    [Fact]
    public async Task GetAsync_SlowButWithinTimeout_AnswersOnce()
    {
        await _client.SubmitTransactionAsync(_table, [Insert("p", "d-1")], None);
        _transport.Enqueue(TransportFault.Slow(TimeSpan.FromMilliseconds(50), HttpMethod.Get));

        Assert.NotNull(await _client.GetAsync(_table, "p", "d-1", None));
        Assert.Equal(0, _transport.PendingFaults);
        Assert.Single(_transport.Events, e => e.Method == HttpMethod.Get);
    }

    [Fact]
    public async Task SubmitTransactionAsync_412And409_NotRetried()
    {
        await _client.SubmitTransactionAsync(_table, [Insert("p", "head")], None);
        var head = (await _client.GetAsync(_table, "p", "head", None))!;
        await _client.SubmitTransactionAsync(_table, [Replace(head)], None);
        var before = BatchEvents().Count;

        await Assert.ThrowsAsync<TableRequestFailedException>(() => _client.SubmitTransactionAsync(_table, [Replace(head)], None));
        await Assert.ThrowsAsync<TableRequestFailedException>(() => _client.SubmitTransactionAsync(_table, [Insert("p", "head")], None));

        Assert.Equal(before + 2, BatchEvents().Count);
    }

    [Fact]
    public async Task GetAsync_Missing_404NotRetried()
    {
        Assert.Null(await _client.GetAsync(_table, "p", "missing", None));

        Assert.Single(_transport.Events, e => e.Method == HttpMethod.Get);
    }

    [Fact]
    public async Task GetAsync_AnswerLostOnEveryAttempt_SurfacesTransportFailure()
    {
        await _client.SubmitTransactionAsync(_table, [Insert("p", "d-1")], None);
        _transport.Enqueue([.. Enumerable.Range(0, 5).Select(_ => TransportFault.Drop(HttpMethod.Get))]);

        var error = await Assert.ThrowsAsync<TableTransportException>(() => _client.GetAsync(_table, "p", "d-1", None));

        var attempts = Assert.IsType<AggregateException>(error.InnerException).InnerExceptions;
        Assert.Equal(5, attempts.Count);
        Assert.All(attempts, a => Assert.IsType<IOException>(a));
        Assert.Equal(0, _transport.PendingFaults);
    }
}
