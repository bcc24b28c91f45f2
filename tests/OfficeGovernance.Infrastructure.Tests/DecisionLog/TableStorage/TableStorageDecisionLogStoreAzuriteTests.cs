using Azure.Data.Tables;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>The decision log store through Azure.Data.Tables against Azurite at volume (issue #4).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageDecisionLogStoreAzuriteTests(AzuriteFixture azurite) : IDisposable
{
    private readonly AzuriteTables _tables = new(azurite);
    private static CancellationToken None => CancellationToken.None;

    public void Dispose() => _tables.Dispose();

    private TableStorageDecisionLogStore Store(string workbook = "portfolio.xlsx") =>
        new(_tables.Client(faults: false), workbook, _tables.Table);

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
    public async Task VerifyAsync_EntryEditedInTheTable_NamesIt()
    {
        var store = Store();
        for (var n = 1; n <= 3; n++)
        {
            await store.AppendAsync(Draft(n), None);
        }
        var row = (await _tables.Rows.GetEntityAsync<TableEntity>(
            store.PartitionKey, TableStorageDecisionLogStoreLayout.EntryRowKey(2))).Value;
        var json = row.GetString(TableStorageDecisionLogStoreLayout.EntryProperty);
        row[TableStorageDecisionLogStoreLayout.EntryProperty] =
            json.Replace("\"approvedBy\":\"", "\"approvedBy\":\"x", StringComparison.Ordinal);
        Assert.NotEqual(json, row.GetString(TableStorageDecisionLogStoreLayout.EntryProperty));
        await _tables.Rows.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

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

    [Fact]
    public async Task AppendAsync_SameKeySameContentNewId_ReturnsFirstEntryAndWritesNothing()
    {
        var store = Store("keys.xlsx");
        var first = await store.AppendAsync(Draft(1) with { IdempotencyKey = "k-1" }, None);

        var again = await Store("keys.xlsx").AppendAsync(Draft(1) with { DecisionId = "d-retry", IdempotencyKey = "k-1" }, None);

        Assert.Equal(first, again);
        Assert.Single(await store.ReadAllAsync(None));
    }

    [Fact]
    public async Task AppendAsync_SameKeyOtherContent_ThrowsAndWritesNothing()
    {
        var store = Store("keys-other.xlsx");
        await store.AppendAsync(Draft(1) with { IdempotencyKey = "k-1" }, None);

        await Assert.ThrowsAsync<IdempotencyKeyConflictException>(() =>
            store.AppendAsync(Draft(2) with { IdempotencyKey = "k-1", Why = "another reason" }, None));

        Assert.Single(await store.ReadAllAsync(None));
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_TenConcurrentRetriesOfOneKey_StoreOneEntry()
    {
        var attempts = Enumerable.Range(0, 10).Select(n => Task.Run(() =>
            Store("keys-race.xlsx").AppendAsync(Draft(1) with { DecisionId = $"attempt-{n}", IdempotencyKey = "k-1" }, None)));

        var answers = await Task.WhenAll(attempts);

        Assert.Single(answers.Select(a => a.Decision.DecisionId).Distinct());
        Assert.Single(await Store("keys-race.xlsx").ReadAllAsync(None));
    }
}
