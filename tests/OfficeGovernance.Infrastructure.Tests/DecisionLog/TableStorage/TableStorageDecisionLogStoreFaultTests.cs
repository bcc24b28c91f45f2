using Azure;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;
using Kit = OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableStorageDecisionLogStoreTestKit;
using Layout = OfficeGovernance.Infrastructure.DecisionLog.TableStorage.TableStorageDecisionLogStoreLayout;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>
/// Appends under injected faults (Azure.Core transport: 503s, broken connections, lost and slow answers after the
/// request landed) and concurrent writers, against Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageDecisionLogStoreFaultTests(AzuriteFixture azurite) : IDisposable
{
    private readonly AzuriteTables _tables = new(azurite);
    private readonly List<int> _failedAttempts = [];
    private static CancellationToken None => CancellationToken.None;

    public void Dispose() => _tables.Dispose();

    private TableStorageDecisionLogStore Store(int maxAttempts = 50, int maxRetries = 4, TimeSpan? networkTimeout = null) =>
        new(_tables.Client(maxRetries: maxRetries, networkTimeout: networkTimeout), Kit.Workbook, _tables.Table, maxAttempts,
            (attempt, _) => { lock (_failedAttempts) { _failedAttempts.Add(attempt); } return Task.CompletedTask; });

    private TableStorageDecisionLogStore Other() => Kit.Store(_tables, faults: false);

    private List<TransportFaultKind?> BatchFaults() =>
        [.. _tables.Transport.Events.Where(e => e.Path.EndsWith("/$batch", StringComparison.Ordinal)).Select(e => e.Fault)];

    private async Task<List<string>> StoredDecisionIds() =>
        [.. (await Other().ReadAllAsync(None)).Select(e => e.Decision.DecisionId)];

    [Fact]
    public async Task AppendAsync_AnswerLostAndPipelineRetryMeets409_StoresTheDecisionOnce()
    {
        var store = Store();
        await store.AppendAsync(Kit.Draft(1), None);
        _tables.Transport.Enqueue(TransportFault.Drop(HttpMethod.Post, "$batch"));

        var entry = await store.AppendAsync(Kit.Draft(2), None);
        var again = await store.AppendAsync(Kit.Draft(2), None);

        Assert.Equal(["d-0001", "d-0002"], await StoredDecisionIds());
        Assert.Equal([null, TransportFaultKind.DropResponse, null], BatchFaults());
        Assert.Equal(entry, again);
        Assert.Equal([1], _failedAttempts);
        Assert.Equal(0, _tables.Transport.PendingFaults);
    }

    [Fact]
    public async Task AppendAsync_AnswerLostWithoutPipelineRetries_ReReadThroughTheMarker()
    {
        var store = Store(maxRetries: 0);
        await store.AppendAsync(Kit.Draft(1), None);
        _tables.Transport.Enqueue(TransportFault.Drop(HttpMethod.Post, "$batch"));

        var entry = await store.AppendAsync(Kit.Draft(2), None);

        var read = await Other().ReadAllAsync(None);
        Assert.Equal(2, read.Count);
        Assert.Equal(read[1], entry);
        Assert.Equal([null, TransportFaultKind.DropResponse], BatchFaults());
        Assert.Empty(_failedAttempts);
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_AnswerSlowerThanTheNetworkTimeout_StoredOnce()
    {
        var store = Store(networkTimeout: TimeSpan.FromSeconds(1));
        await store.AppendAsync(Kit.Draft(1), None);
        _tables.Transport.Enqueue(TransportFault.Slow(TimeSpan.FromMinutes(5), HttpMethod.Post, "$batch"));

        var entry = await store.AppendAsync(Kit.Draft(2), None);

        Assert.Equal(["d-0001", "d-0002"], await StoredDecisionIds());
        Assert.Equal(2, entry.Sequence);
        Assert.Equal(TransportFaultKind.DelayResponse, BatchFaults()[1]);
    }

    [Fact]
    public async Task AppendAsync_Injected503s_AreRetriedIntoOneEntry()
    {
        var store = Store();
        await store.AppendAsync(Kit.Draft(1), None);
        _tables.Transport.Enqueue(TransportFault.Unavailable(HttpMethod.Post, "$batch"), TransportFault.Unavailable(HttpMethod.Get));

        await store.AppendAsync(Kit.Draft(2), None);

        Assert.Equal(["d-0001", "d-0002"], await StoredDecisionIds());
        Assert.Equal(0, _tables.Transport.PendingFaults);
    }

    [Fact]
    public async Task AppendAsync_503ThroughEveryRetry_Throws503StoresNothingThenRetrySucceeds()
    {
        var store = Store();
        await store.AppendAsync(Kit.Draft(1), None);
        _tables.Transport.Enqueue([.. Enumerable.Range(0, 5).Select(_ => TransportFault.Unavailable(HttpMethod.Post, "$batch"))]);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => store.AppendAsync(Kit.Draft(2), None));

        Assert.Equal(503, error.Status);
        Assert.Equal(["d-0001"], await StoredDecisionIds());
        Assert.Equal(2, (await store.AppendAsync(Kit.Draft(2), None)).Sequence);
    }

    [Fact]
    public async Task AppendAsync_ConnectionBrokenThroughEveryRetry_ThrowsAggregateStoresNothingThenRetrySucceeds()
    {
        var store = Store();
        await store.AppendAsync(Kit.Draft(1), None);
        _tables.Transport.Enqueue([.. Enumerable.Range(0, 5).Select(_ => TransportFault.Reset(HttpMethod.Post, "$batch"))]);

        var error = await Assert.ThrowsAsync<AggregateException>(() => store.AppendAsync(Kit.Draft(2), None));

        Assert.Equal(5, error.InnerExceptions.Count);
        Assert.Equal(["d-0001"], await StoredDecisionIds());
        Assert.Equal(2, (await store.AppendAsync(Kit.Draft(2), None)).Sequence);
    }

    [Fact]
    public async Task AppendAsync_WriterSneaksInBeforeSubmit_412ThenRetriedOnNewHead()
    {
        var store = Store();
        await store.AppendAsync(Kit.Draft(1), None);
        DecisionEntry? sneaked = null;
        _tables.Transport.Enqueue(TransportFault.BeforeTransaction(async () => sneaked = await Other().AppendAsync(Kit.Draft(2), None)));

        var mine = await store.AppendAsync(Kit.Draft(3), None);

        Assert.Equal([1], _failedAttempts);
        Assert.Equal(2, sneaked!.Sequence);
        Assert.Equal(3, mine.Sequence);
        Assert.Equal(sneaked.Hash, mine.PreviousHash);
        Assert.Equal(["d-0001", "d-0002", "d-0003"], await StoredDecisionIds());
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_FirstEntryRacedByAnotherFirstEntry_409ThenAppendedSecond()
    {
        var store = Store();
        _tables.Transport.Enqueue(TransportFault.BeforeTransaction(() => Other().AppendAsync(Kit.Draft(1), None)));

        var mine = await store.AppendAsync(Kit.Draft(2), None);

        Assert.Equal([1], _failedAttempts);
        Assert.Equal(2, mine.Sequence);
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_SameDecisionLandsConcurrently_ReturnsThatEntryOnce()
    {
        var store = Store();
        await store.AppendAsync(Kit.Draft(1), None);
        DecisionEntry? landed = null;
        _tables.Transport.Enqueue(TransportFault.BeforeTransaction(async () => landed = await Other().AppendAsync(Kit.Draft(2), None)));

        var mine = await store.AppendAsync(Kit.Draft(2), None);

        Assert.Equal(landed, mine);
        Assert.Equal(["d-0001", "d-0002"], await StoredDecisionIds());
    }

    [Fact]
    public async Task AppendAsync_TwentyStoresInParallel_TwentyEntriesOneIntactChain()
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 20)
            .Select(i => Task.Run(() => Kit.Store(_tables, faults: false).AppendAsync(Kit.Draft(i), None))));

        var read = await Other().ReadAllAsync(None);
        Assert.Equal(20, read.Count);
        Assert.True((await Other().VerifyAsync(None)).IsIntact);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"d-{i:0000}"), read.Select(e => e.Decision.DecisionId).Order());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), results.Select(r => r.Sequence).Order());
        Assert.Equal(41, (await _tables.EntitiesAsync()).Count);
    }

    [Fact]
    public async Task AppendAsync_HeadKeepsMovingPastMaxAttempts_ThrowsWithLastConflictAndStoresNothingOfItsOwn()
    {
        var store = Store(maxAttempts: 3);
        await store.AppendAsync(Kit.Draft(1), None);
        _tables.Transport.Enqueue([.. Enumerable.Range(10, 3)
            .Select(i => TransportFault.BeforeTransaction(() => Other().AppendAsync(Kit.Draft(i), None)))]);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync(Kit.Draft(2), None));

        Assert.Contains("after 3 attempts", ex.Message);
        Assert.Equal(412, Assert.IsAssignableFrom<RequestFailedException>(ex.InnerException).Status);
        Assert.Equal([1, 2], _failedAttempts);
        Assert.Equal(["d-0001", "d-0010", "d-0011", "d-0012"], await StoredDecisionIds());
    }

    [Fact]
    public async Task AppendAsync_HeadDeletedBehindEntries_CorruptNotEndlessRetry()
    {
        var store = Store();
        await Kit.AppendMany(store, 2);
        await _tables.DeleteAsync(store.PartitionKey, Layout.HeadRowKey);

        var ex = await Assert.ThrowsAsync<DecisionLogCorruptException>(() => store.AppendAsync(Kit.Draft(3), None));

        Assert.Contains("row e-0000000000000000001", ex.Message);
        Assert.Equal([1], _failedAttempts);
        Assert.Equal(3, _tables.Transactions);
    }

    [Fact]
    public async Task AppendAsync_MarkerPointsAtMissingEntry_Corrupt()
    {
        var store = Store();
        await Kit.AppendMany(store, 2);
        await _tables.SetPropertyAsync(store.PartitionKey, "id-d-0002", Layout.SequenceProperty, "9");

        var ex = await Assert.ThrowsAsync<DecisionLogCorruptException>(() => store.AppendAsync(Kit.Draft(2), None));

        Assert.Contains("row id-d-0002", ex.Message);
        Assert.Contains("e-0000000000000000009", ex.Message);
    }

    [Fact]
    public async Task AppendAsync_Cancelled_ThrowsBeforeWriting()
    {
        var store = Store();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AppendAsync(Kit.Draft(1), cancelled.Token));

        Assert.Equal(0, _tables.Transactions);
    }
}
