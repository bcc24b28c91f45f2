using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Tests.Shared.Azurite;
using static OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableStorageDecisionLogStoreTestKit;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>The Table Storage log read as a stream, page by page, on Azurite (ADR 0036).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageDecisionLogStoreStreamTests(AzuriteFixture azurite) : IDisposable
{
    private readonly AzuriteTables _service = new(azurite);

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task ReadEntriesAsync_SevenEntriesPagesOfTwo_EveryEntryInChainOrder()
    {
        var store = Store(_service, pageSize: 2, faults: false);
        var written = await AppendMany(store, 7);

        var streamed = new List<DecisionEntry>();
        await foreach (var entry in store.ReadEntriesAsync(CancellationToken.None))
        {
            streamed.Add(entry);
        }

        Assert.Equal(written, streamed);
    }

    [Fact]
    public async Task ReadEntriesAsync_TableNeverCreated_NoEntries()
    {
        var store = Store(_service, faults: false);

        await foreach (var _ in store.ReadEntriesAsync(CancellationToken.None))
        {
            Assert.Fail("An empty log streams no entry.");
        }
    }

    [Fact]
    public async Task ReadRecordedHeadAsync_AfterThreeAppends_TheLastSequenceAndHash()
    {
        var store = Store(_service, faults: false);
        var written = await AppendMany(store, 3);

        var head = await store.ReadRecordedHeadAsync(CancellationToken.None);

        Assert.Equal(new LogHead(3, written[2].Hash), head!.Head);
        Assert.Contains(store.PartitionKey, head.Where, StringComparison.Ordinal);
    }
}
