using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;
using Kit = OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableStorageDecisionLogStoreTestKit;
using Layout = OfficeGovernance.Infrastructure.DecisionLog.TableStorage.TableStorageDecisionLogStoreLayout;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

[Collection(AzuriteCollection.Name)]
public sealed class TableStorageDecisionLogStoreVerifyTests(AzuriteFixture azurite) : IDisposable
{
    private readonly AzuriteTables _service = new(azurite);

    public void Dispose() => _service.Dispose();

    private async Task<(TableStorageDecisionLogStore Store, List<DecisionEntry> Entries)> Log(int count)
    {
        var store = Kit.Store(_service);
        return (store, await Kit.AppendMany(store, count));
    }

    [Fact]
    public async Task VerifyAsync_UntouchedLog_IntactWithCount()
    {
        var (store, _) = await Log(12);

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.True(verification.IsIntact);
        Assert.Equal(12, verification.EntryCount);
        Assert.Null(verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task VerifyAsync_EntryJsonEdited_NamesThatEntry()
    {
        var (store, entries) = await Log(30);
        var edited = entries[22] with { Decision = entries[22].Decision with { Why = "Nothing to see here" } };
        await _service.SetPropertyAsync(store.PartitionKey, Layout.EntryRowKey(23), Layout.EntryProperty,
            DecisionLogEntryJson.Serialize(edited));

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Equal(23, verification.FirstBrokenSequence);
        Assert.Equal("d-0023", verification.FirstBrokenDecisionId);
        Assert.Contains("Entry 23 (decision d-0023)", verification.Message);
        Assert.Contains("edited", verification.Message);
    }

    [Fact]
    public async Task VerifyAsync_NewestEntryDeleted_ReportsHeadMismatch()
    {
        var (store, _) = await Log(10);
        await _service.DeleteAsync(store.PartitionKey, Layout.EntryRowKey(10));

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.True(DecisionChain.Verify(await store.ReadAllAsync(CancellationToken.None)).IsIntact);
        Assert.False(verification.IsIntact);
        Assert.Equal(9, verification.EntryCount);
        Assert.Equal(10, verification.FirstBrokenSequence);
        Assert.Contains("the head says the chain ends at entry 10", verification.Message);
        Assert.Contains("entries 10 to 10 are missing", verification.Message);
    }

    [Fact]
    public async Task VerifyAsync_LastEntryEditedAndRehashed_ReportsHeadHashMismatch()
    {
        var (store, entries) = await Log(5);
        var forged = DecisionChain.Next(entries[4].Decision with { Amount = 99_999m }, entries[3]);
        await _service.SetPropertyAsync(store.PartitionKey, Layout.EntryRowKey(5), Layout.EntryProperty,
            DecisionLogEntryJson.Serialize(forged));

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Equal(5, verification.FirstBrokenSequence);
        Assert.Equal("d-0005", verification.FirstBrokenDecisionId);
        Assert.Contains("the head records", verification.Message);
    }

    [Fact]
    public async Task VerifyAsync_HeadDeleted_ReportsMissingHead()
    {
        var (store, _) = await Log(3);
        await _service.DeleteAsync(store.PartitionKey, Layout.HeadRowKey);

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Contains("the head row is missing while 3 entries are stored", verification.Message);
    }

    [Fact]
    public async Task VerifyAsync_AllEntriesDeleted_ReportsFromFirst()
    {
        var (store, _) = await Log(2);
        await _service.DeleteAsync(store.PartitionKey, Layout.EntryRowKey(1));
        await _service.DeleteAsync(store.PartitionKey, Layout.EntryRowKey(2));

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Equal(1, verification.FirstBrokenSequence);
        Assert.Contains("entries 1 to 2 are missing", verification.Message);
    }

    [Fact]
    public async Task VerifyAsync_HeadMovedBack_ReportsEntriesBeyondHead()
    {
        var (store, entries) = await Log(4);
        await _service.SetPropertyAsync(store.PartitionKey, Layout.HeadRowKey, Layout.SequenceProperty, "2");
        await _service.SetPropertyAsync(store.PartitionKey, Layout.HeadRowKey, Layout.HashProperty, entries[1].Hash);

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Equal("d-0003", verification.FirstBrokenDecisionId);
        Assert.Contains("entries 3 to 4 lie beyond the head", verification.Message);
    }

    [Fact]
    public async Task VerifyAsync_MiddleEntryDeleted_NamesTheGap()
    {
        var (store, _) = await Log(6);
        await _service.DeleteAsync(store.PartitionKey, Layout.EntryRowKey(3));

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Equal(4, verification.FirstBrokenSequence);
        Assert.Contains("an entry is missing", verification.Message);
    }
}
