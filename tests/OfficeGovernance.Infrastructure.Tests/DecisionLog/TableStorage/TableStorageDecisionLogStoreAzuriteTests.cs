using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>The decision log store through the real REST client against Azurite (issue #4).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageDecisionLogStoreAzuriteTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _table = AzuriteFixture.UniqueTableName();
    private readonly FaultInjectingTransport _transport = new();
    private static CancellationToken None => CancellationToken.None;

    public void Dispose() => _transport.Dispose();

    private TableServiceClient Client(bool faults = false)
    {
        var options = new TableClientOptions();
        if (faults)
        {
            options.Transport = _transport;
        }
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return new TableServiceClient(TableConnection.Parse(azurite.ConnectionString), options);
    }

    private TableStorageDecisionLogStore Store(string workbook = "portfolio.xlsx", bool faults = false) =>
        new(Client(faults), workbook, _table);

    private static DecisionDraft Draft(int n) => new DecisionDraftBuilder().Build() with
    {
        DecisionId = $"d-{n:D5}",
        Timestamp = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero).AddMinutes(n),
    };

    [Fact]
    public async Task AppendAsync_MoreThanAPageOfDecisions_ReadsBackInOrderAndVerifies()
    {
        var store = Store();
        for (var n = 1; n <= 1_005; n++)
        {
            await store.AppendAsync(Draft(n), None);
        }

        var entries = await store.ReadAllAsync(None);
        var verification = await store.VerifyAsync(None);

        Assert.Equal(Enumerable.Range(1, 1_005).Select(n => (long)n), entries.Select(e => e.Sequence));
        Assert.Equal("d-01005", entries[^1].Decision.DecisionId);
        Assert.True(verification.IsIntact, verification.Message);
    }

    [Fact]
    public async Task AppendAsync_EightConcurrentWriters_LeaveEveryEntryInOneIntactChain()
    {
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var store = Store();
            for (var i = 0; i < 5; i++)
            {
                await store.AppendAsync(Draft(w * 100 + i), None);
            }
        }));

        await Task.WhenAll(writers);

        var entries = await Store().ReadAllAsync(None);
        Assert.Equal(40, entries.Count);
        Assert.Equal(40, entries.Select(e => e.Decision.DecisionId).Distinct().Count());
        Assert.True((await Store().VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_TransactionAnswerLost_StoresTheDecisionOnce()
    {
        var store = Store(faults: true);
        await store.AppendAsync(Draft(1), None);
        _transport.Enqueue(TransportFault.Drop(HttpMethod.Post, "$batch"));

        var entry = await store.AppendAsync(Draft(2), None);
        var again = await store.AppendAsync(Draft(2), None);

        var entries = await store.ReadAllAsync(None);
        Assert.Equal(["d-00001", "d-00002"], entries.Select(e => e.Decision.DecisionId));
        Assert.Equal(entry.Hash, again.Hash);
        Assert.Equal(0, _transport.PendingFaults);
    }

    [Fact]
    public async Task AppendAsync_Injected503s_AreRetriedIntoOneEntry()
    {
        var store = Store(faults: true);
        await store.AppendAsync(Draft(1), None);
        _transport.Enqueue(TransportFault.Unavailable(HttpMethod.Post, "$batch"), TransportFault.Unavailable(HttpMethod.Get));

        await store.AppendAsync(Draft(2), None);

        Assert.Equal(2, (await store.ReadAllAsync(None)).Count);
    }

    [Fact]
    public async Task VerifyAsync_EntryEditedInTheTable_NamesIt()
    {
        var store = Store();
        for (var n = 1; n <= 3; n++)
        {
            await store.AppendAsync(Draft(n), None);
        }
        var client = Client();
        var row = TableStorageDecisionLogStoreLayout.EntryRowKey(2);
        var stored = await client.GetAsync(_table, store.PartitionKey, row, None);
        var edited = new Dictionary<string, string>(stored!.Properties)
        {
            [TableStorageDecisionLogStoreLayout.EntryProperty] = stored.Properties[TableStorageDecisionLogStoreLayout.EntryProperty]
                .Replace("\"approvedBy\":\"", "\"approvedBy\":\"x", StringComparison.Ordinal),
        };
        Assert.NotEqual(stored.Properties[TableStorageDecisionLogStoreLayout.EntryProperty], edited[TableStorageDecisionLogStoreLayout.EntryProperty]);
        await client.SubmitTransactionAsync(_table, [new TableOperation(TableOperationKind.Replace, stored with { Properties = edited })], None);

        var verification = await store.VerifyAsync(None);

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenSequence);
        Assert.Equal("d-00002", verification.FirstBrokenDecisionId);
    }

    [Fact]
    public async Task ReadAllAsync_TwoWorkbooks_NeverSeeEachOthersDecisions()
    {
        await Store("a.xlsx").AppendAsync(Draft(1), None);
        await Store("b.xlsx").AppendAsync(Draft(2), None);

        Assert.Equal(["d-00001"], (await Store("a.xlsx").ReadAllAsync(None)).Select(e => e.Decision.DecisionId));
        Assert.Equal(["d-00002"], (await Store("b.xlsx").ReadAllAsync(None)).Select(e => e.Decision.DecisionId));
    }
}
