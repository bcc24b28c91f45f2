using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using Kit = OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableStorageDecisionLogStoreTestKit;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

public sealed class TableStorageDecisionLogStoreFaultTests
{
    private const string Table = TableStorageDecisionLogStore.DefaultTableName;
    private readonly InMemoryTableService _service = new();

    [Fact]
    public async Task AppendAsync_ResponseLostThenCallerRetries_OneEntryReturned()
    {
        var store = Kit.Store(_service);
        await store.AppendAsync(Kit.Draft(1), CancellationToken.None);
        _service.LoseNextTransactionResponse();

        await Assert.ThrowsAsync<IOException>(() => store.AppendAsync(Kit.Draft(2), CancellationToken.None));
        var retried = await store.AppendAsync(Kit.Draft(2), CancellationToken.None);

        var read = await store.ReadAllAsync(CancellationToken.None);
        Assert.Equal(2, read.Count);
        Assert.Equal(read[1], retried);
        Assert.Equal(2, _service.AppliedTransactions);
        Assert.True((await store.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_LandedButPipelineRetryGot409_ReturnsStoredEntry()
    {
        var store = Kit.Store(_service);
        _service.LoseNextTransactionResponse(new TableRequestFailedException(409, "EntityAlreadyExists", "exists"));

        var entry = await store.AppendAsync(Kit.Draft(1), CancellationToken.None);

        Assert.Equal([entry], await store.ReadAllAsync(CancellationToken.None));
        Assert.Equal(1, _service.AppliedTransactions);
    }

    [Fact]
    public async Task AppendAsync_503BeforeApplying_ThrowsNothingStoredThenRetrySucceeds()
    {
        var store = Kit.Store(_service);
        _service.FailNextTransaction(503);

        var ex = await Assert.ThrowsAsync<TableRequestFailedException>(() =>
            store.AppendAsync(Kit.Draft(1), CancellationToken.None));
        Assert.Equal(503, ex.Status);
        Assert.Empty(_service.Entities(Table));

        var entry = await store.AppendAsync(Kit.Draft(1), CancellationToken.None);
        Assert.Equal(1, entry.Sequence);
        Assert.Single(await store.ReadAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_WriterSneaksInBeforeSubmit_412ThenRetriedOnNewHead()
    {
        var failedAttempts = new List<int>();
        var store = Kit.Store(_service, backoff: (attempt, _) => { failedAttempts.Add(attempt); return Task.CompletedTask; });
        var other = Kit.Store(_service);
        await store.AppendAsync(Kit.Draft(1), CancellationToken.None);
        DecisionEntry? sneaked = null;
        _service.BeforeNextTransaction(async ct => sneaked = await other.AppendAsync(Kit.Draft(2), ct));

        var mine = await store.AppendAsync(Kit.Draft(3), CancellationToken.None);

        Assert.Equal([412], _service.FailedStatuses);
        Assert.Equal([1], failedAttempts);
        Assert.Equal(2, sneaked!.Sequence);
        Assert.Equal(3, mine.Sequence);
        Assert.Equal(sneaked.Hash, mine.PreviousHash);
        var read = await store.ReadAllAsync(CancellationToken.None);
        Assert.Equal(["d-0001", "d-0002", "d-0003"], read.Select(e => e.Decision.DecisionId));
        Assert.True((await store.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_FirstEntryRacedByAnotherFirstEntry_409ThenAppendedSecond()
    {
        var store = Kit.Store(_service);
        var other = Kit.Store(_service);
        _service.BeforeNextTransaction(async ct => await other.AppendAsync(Kit.Draft(1), ct));

        var mine = await store.AppendAsync(Kit.Draft(2), CancellationToken.None);

        Assert.Equal([409], _service.FailedStatuses);
        Assert.Equal(2, mine.Sequence);
        Assert.True((await store.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_SameDecisionLandsConcurrently_ReturnsThatEntryOnce()
    {
        var store = Kit.Store(_service);
        var other = Kit.Store(_service);
        await store.AppendAsync(Kit.Draft(1), CancellationToken.None);
        DecisionEntry? landed = null;
        _service.BeforeNextTransaction(async ct => landed = await other.AppendAsync(Kit.Draft(2), ct));

        var mine = await store.AppendAsync(Kit.Draft(2), CancellationToken.None);

        Assert.Equal(landed, mine);
        Assert.Equal(2, (await store.ReadAllAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AppendAsync_TwentyStoresInParallel_TwentyEntriesOneIntactChain()
    {
        var tasks = Enumerable.Range(1, 20)
            .Select(i => Task.Run(() => Kit.Store(_service).AppendAsync(Kit.Draft(i), CancellationToken.None)))
            .ToArray();
        var results = await Task.WhenAll(tasks);

        var store = Kit.Store(_service);
        var read = await store.ReadAllAsync(CancellationToken.None);
        Assert.Equal(20, read.Count);
        Assert.True((await store.VerifyAsync(CancellationToken.None)).IsIntact);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"d-{i:0000}"), read.Select(e => e.Decision.DecisionId).Order());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), results.Select(r => r.Sequence).Order());
        Assert.Equal(20, _service.AppliedTransactions);
    }

    [Fact]
    public async Task AppendAsync_HeadKeepsMovingPastMaxAttempts_ThrowsWithLastConflictAndStoresNothing()
    {
        var failedAttempts = new List<int>();
        var store = Kit.Store(_service, maxAttempts: 3,
            backoff: (attempt, _) => { failedAttempts.Add(attempt); return Task.CompletedTask; });
        for (var i = 0; i < 3; i++)
        {
            _service.FailNextTransaction(412, "UpdateConditionNotSatisfied");
        }

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.AppendAsync(Kit.Draft(1), CancellationToken.None));

        Assert.Contains("after 3 attempts", ex.Message);
        Assert.Equal(412, Assert.IsType<TableRequestFailedException>(ex.InnerException).Status);
        Assert.Equal([1, 2], failedAttempts);
        Assert.Empty(_service.Entities(Table));
    }

    [Fact]
    public async Task AppendAsync_HeadDeletedBehindEntries_CorruptNotEndlessRetry()
    {
        var store = Kit.Store(_service);
        await Kit.AppendMany(store, 2);
        _service.Delete(Table, store.PartitionKey, "head");

        var ex = await Assert.ThrowsAsync<DecisionLogCorruptException>(() =>
            store.AppendAsync(Kit.Draft(3), CancellationToken.None));

        Assert.Contains("row e-0000000000000000001", ex.Message);
        Assert.Equal([409], _service.FailedStatuses);
        Assert.Equal(2, _service.AppliedTransactions);
    }

    [Fact]
    public async Task AppendAsync_MarkerPointsAtMissingEntry_Corrupt()
    {
        var store = Kit.Store(_service);
        await Kit.AppendMany(store, 2);
        _service.SetProperty(Table, store.PartitionKey, "id-d-0002", "Sequence", "9");

        var ex = await Assert.ThrowsAsync<DecisionLogCorruptException>(() =>
            store.AppendAsync(Kit.Draft(2), CancellationToken.None));

        Assert.Contains("row id-d-0002", ex.Message);
        Assert.Contains("e-0000000000000000009", ex.Message);
    }

    [Fact]
    public async Task AppendAsync_Cancelled_ThrowsBeforeWriting()
    {
        var store = Kit.Store(_service);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AppendAsync(Kit.Draft(1), cancelled.Token));

        Assert.Equal(0, _service.AppliedTransactions);
    }
}
