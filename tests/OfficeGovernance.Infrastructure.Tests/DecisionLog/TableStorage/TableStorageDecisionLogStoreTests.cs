using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;
using Layout = OfficeGovernance.Infrastructure.DecisionLog.TableStorage.TableStorageDecisionLogStoreLayout;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>Stores and drafts shared by the Table Storage decision log tests.</summary>
internal static class TableStorageDecisionLogStoreTestKit
{
    public const string Workbook = "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K";

    public static readonly Func<int, CancellationToken, Task> NoWait = (_, _) => Task.CompletedTask;

    public static TableStorageDecisionLogStore Store(
        AzuriteTables tables, string workbook = Workbook, int maxAttempts = 50,
        Func<int, CancellationToken, Task>? backoff = null, bool faults = true, int? pageSize = null) =>
        new(tables.Client(faults), workbook, tables.Table, maxAttempts, backoff ?? NoWait) { PageSize = pageSize };

    public static DecisionDraft Draft(int i) =>
        new DecisionDraftBuilder().WithId($"d-{i:0000}").With(d => d with { Timestamp = d.Timestamp.AddMinutes(i) }).Build();

    public static async Task<List<DecisionEntry>> AppendMany(TableStorageDecisionLogStore store, int count)
    {
        var entries = new List<DecisionEntry>();
        for (var i = 1; i <= count; i++)
        {
            entries.Add(await store.AppendAsync(Draft(i), CancellationToken.None));
        }
        return entries;
    }

    public static string PartitionOf(string workbook) => Layout.PartitionKeyFor(workbook);
}

/// <summary>The decision log store through Azure.Data.Tables against Azurite (issue #4).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageDecisionLogStoreTests(AzuriteFixture azurite) : IDisposable
{
    private readonly AzuriteTables _service = new(azurite);

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task AppendAsync_ThreeDrafts_ReadBackAsIntactChain()
    {
        var store = TableStorageDecisionLogStoreTestKit.Store(_service);
        var appended = await TableStorageDecisionLogStoreTestKit.AppendMany(store, 3);

        var read = await TableStorageDecisionLogStoreTestKit.Store(_service).ReadAllAsync(CancellationToken.None);

        Assert.Equal(appended, read);
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.Sequence));
        Assert.Equal(DecisionChain.Genesis, read[0].PreviousHash);
        Assert.True(DecisionChain.Verify(read).IsIntact);
        Assert.True((await store.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_ThreeDrafts_WritesEntryHeadAndMarkerRows()
    {
        var store = TableStorageDecisionLogStoreTestKit.Store(_service);
        var appended = await TableStorageDecisionLogStoreTestKit.AppendMany(store, 3);

        var rows = (await _service.EntitiesAsync()).ToDictionary(e => e.RowKey);

        Assert.Equal(7, rows.Count);
        Assert.All(rows.Values, r => Assert.Equal(store.PartitionKey, r.PartitionKey));
        var second = rows["e-0000000000000000002"];
        Assert.Equal(DecisionLogEntryJson.Serialize(appended[1]), second[Layout.EntryProperty]);
        Assert.Equal("d-0002", second[Layout.DecisionIdProperty]);
        Assert.Equal("2", second[Layout.SequenceProperty]);
        Assert.Equal(appended[1].Hash, second[Layout.HashProperty]);
        Assert.Equal("3", rows["head"][Layout.SequenceProperty]);
        Assert.Equal(appended[2].Hash, rows["head"][Layout.HashProperty]);
        Assert.Equal("2", rows["id-d-0002"][Layout.SequenceProperty]);
    }

    [Fact]
    public async Task AppendAsync_SameDecisionIdTwice_ReturnsStoredAndWritesNothing()
    {
        var store = TableStorageDecisionLogStoreTestKit.Store(_service);
        var first = await store.AppendAsync(TableStorageDecisionLogStoreTestKit.Draft(1), CancellationToken.None);
        await store.AppendAsync(TableStorageDecisionLogStoreTestKit.Draft(2), CancellationToken.None);
        var before = (await _service.EntitiesAsync()).Select(e => (e.RowKey, e.ETag)).ToList();

        var again = await store.AppendAsync(
            TableStorageDecisionLogStoreTestKit.Draft(1) with { Why = "retried" }, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(before, (await _service.EntitiesAsync()).Select(e => (e.RowKey, e.ETag)));
        Assert.Equal(2, _service.Transactions);
    }

    [Fact]
    public async Task AppendAsync_DecisionIdWithForbiddenKeyCharacters_StoredOnceUnderEscapedMarker()
    {
        var store = TableStorageDecisionLogStoreTestKit.Store(_service);
        var draft = new DecisionDraftBuilder().WithId("q3/plan#1?\\x").Build();

        var first = await store.AppendAsync(draft, CancellationToken.None);
        var again = await store.AppendAsync(draft, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Contains(await _service.EntitiesAsync(), e => e.RowKey == "id-q3!2Fplan!231!3F!5Cx");
        Assert.Equal("q3/plan#1?\\x", Assert.Single(await store.ReadAllAsync(CancellationToken.None)).Decision.DecisionId);
    }

    [Fact]
    public async Task ReadAllAsync_FiftyEntriesInPagesOfSeven_ReadsAllInOrder()
    {
        var appended = await TableStorageDecisionLogStoreTestKit.AppendMany(TableStorageDecisionLogStoreTestKit.Store(_service), 50);
        var store = TableStorageDecisionLogStoreTestKit.Store(_service, pageSize: 7);
        var queriesBefore = Queries();

        var read = await store.ReadAllAsync(CancellationToken.None);

        Assert.Equal(appended, read);
        Assert.Equal(8, Queries() - queriesBefore);
        Assert.True(DecisionChain.Verify(read).IsIntact);
    }

    [Fact]
    public async Task ReadAllAsync_TableNotCreated_EmptyLogAndIntact()
    {
        var store = TableStorageDecisionLogStoreTestKit.Store(_service);

        Assert.Empty(await store.ReadAllAsync(CancellationToken.None));
        var verification = await store.VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact);
        Assert.Equal(0, verification.EntryCount);
    }

    [Fact]
    public async Task ReadAllAsync_CorruptEntryJson_NamesTablePartitionAndRow()
    {
        var store = TableStorageDecisionLogStoreTestKit.Store(_service, "Q3/plan.xlsx");
        await TableStorageDecisionLogStoreTestKit.AppendMany(store, 3);
        await _service.SetPropertyAsync(store.PartitionKey, "e-0000000000000000002", Layout.EntryProperty, "{\"sequence\": 2, oops");

        var ex = await Assert.ThrowsAsync<DecisionLogCorruptException>(() => store.ReadAllAsync(CancellationToken.None));

        Assert.Contains($"table {_service.Table}", ex.Message);
        Assert.Contains("partition Q3!2Fplan.xlsx", ex.Message);
        Assert.Contains("row e-0000000000000000002", ex.Message);
        Assert.IsType<FormatException>(ex.InnerException);
    }

    [Fact]
    public async Task AppendAsync_CorruptHead_ThrowsAndWritesNothing()
    {
        var store = TableStorageDecisionLogStoreTestKit.Store(_service);
        await TableStorageDecisionLogStoreTestKit.AppendMany(store, 2);
        await _service.SetPropertyAsync(store.PartitionKey, "head", Layout.SequenceProperty, "two");
        var before = _service.Transactions;

        var ex = await Assert.ThrowsAsync<DecisionLogCorruptException>(() =>
            store.AppendAsync(TableStorageDecisionLogStoreTestKit.Draft(3), CancellationToken.None));

        Assert.Contains("row head", ex.Message);
        Assert.Equal(before, _service.Transactions);
    }

    [Fact]
    public async Task AppendAsync_TwoWorkbooks_NeverSeeEachOthersEntries()
    {
        var first = TableStorageDecisionLogStoreTestKit.Store(_service, "Portfolio.xlsx");
        var second = TableStorageDecisionLogStoreTestKit.Store(_service, "portfolio.xlsx");
        await TableStorageDecisionLogStoreTestKit.AppendMany(first, 3);
        var other = await second.AppendAsync(TableStorageDecisionLogStoreTestKit.Draft(1), CancellationToken.None);

        Assert.Equal(1, other.Sequence);
        Assert.Equal(DecisionChain.Genesis, other.PreviousHash);
        Assert.Equal(3, (await first.ReadAllAsync(CancellationToken.None)).Count);
        Assert.Equal([other], await second.ReadAllAsync(CancellationToken.None));
        Assert.True((await first.VerifyAsync(CancellationToken.None)).IsIntact);
        Assert.True((await second.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1DecisionLog")]
    [InlineData("Decision-Log")]
    public void Constructor_InvalidTableName_Throws(string table)
    {
        Assert.Throws<ArgumentException>(() => new TableStorageDecisionLogStore(_service.Client(), "wb", table));
    }

    [Fact]
    public void Constructor_BlankWorkbookOrNoAttempts_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TableStorageDecisionLogStore(_service.Client(), " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableStorageDecisionLogStore(_service.Client(), "wb", maxAttempts: 0));
    }

    [Fact]
    public async Task ReadAllAsync_PropertyRetypedAsNumber_ReadAsItsText()
    {
        var store = TableStorageDecisionLogStoreTestKit.Store(_service);
        await TableStorageDecisionLogStoreTestKit.AppendMany(store, 2);
        await _service.SetPropertyAsync(store.PartitionKey, Layout.HeadRowKey, Layout.SequenceProperty, 2L);

        var verification = await store.VerifyAsync(CancellationToken.None);

        Assert.True(verification.IsIntact, verification.Message);
        Assert.Equal(3, (await store.AppendAsync(TableStorageDecisionLogStoreTestKit.Draft(3), CancellationToken.None)).Sequence);
    }

    private int Queries() => _service.Transport.Events.Count(e => e.Method == HttpMethod.Get && e.Path.EndsWith("()", StringComparison.Ordinal));
}
