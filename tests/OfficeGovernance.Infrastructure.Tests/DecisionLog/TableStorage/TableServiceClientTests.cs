using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;
using static OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableEntityBuilder;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

[Collection(AzuriteCollection.Name)]
public sealed class TableServiceClientTests(AzuriteFixture azurite)
{
    private readonly TableServiceClient _client = new(TableConnection.Parse(azurite.ConnectionString));
    private readonly string _table = AzuriteFixture.UniqueTableName();
    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task CreateTableIfNotExistsAsync_Twice_SecondIsNoOp()
    {
        await _client.CreateTableIfNotExistsAsync(_table, None);
        await _client.CreateTableIfNotExistsAsync(_table, None);

        Assert.Null(await _client.GetAsync(_table, "p", "r", None));
    }

    [Fact]
    public async Task GetAsync_AfterInsert_RoundTripsPropertiesWithETag()
    {
        await _client.CreateTableIfNotExistsAsync(_table, None);
        await _client.SubmitTransactionAsync(_table, [Insert("wb-1", "r1", ("Why", "cut cost"), ("Empty", ""))], None);

        var entity = await _client.GetAsync(_table, "wb-1", "r1", None);

        Assert.NotNull(entity);
        Assert.Equal(("wb-1", "r1"), (entity.PartitionKey, entity.RowKey));
        Assert.Equal(new Dictionary<string, string> { ["Why"] = "cut cost", ["Empty"] = "" }, entity.Properties);
        Assert.False(string.IsNullOrEmpty(entity.ETag));
    }

    [Fact]
    public async Task GetAsync_KeysWithQuotesAndSpaces_RoundTrip()
    {
        await _client.CreateTableIfNotExistsAsync(_table, None);
        await _client.SubmitTransactionAsync(_table, [Insert("O'Brien & co", "it's 100%", ("Note", "é ✓"))], None);

        var entity = await _client.GetAsync(_table, "O'Brien & co", "it's 100%", None);

        Assert.NotNull(entity);
        Assert.Equal("é ✓", entity.Properties["Note"]);
    }

    [Fact]
    public async Task GetAsync_MissingEntity_ReturnsNull()
    {
        await _client.CreateTableIfNotExistsAsync(_table, None);

        Assert.Null(await _client.GetAsync(_table, "p", "nothing", None));
    }

    [Fact]
    public async Task GetAsync_MissingTable_Throws404TableNotFound()
    {
        var error = await Assert.ThrowsAsync<TableRequestFailedException>(() => _client.GetAsync(_table, "p", "r", None));

        Assert.Equal(404, error.Status);
        Assert.Equal("TableNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task QueryAsync_1050Entities_PagesThroughAllInOrder()
    {
        await _client.CreateTableIfNotExistsAsync(_table, None);
        var expected = Enumerable.Range(0, 1050).Select(Row).ToList();
        foreach (var chunk in expected.Chunk(100))
        {
            await _client.SubmitTransactionAsync(_table, [.. chunk.Select(r => Insert("wb", r, ("Value", r)))], None);
        }

        var pages = new List<TablePage>();
        TableContinuation? next = null;
        do
        {
            var page = await _client.QueryAsync(_table, "wb", "", "\uffff", next, None);
            pages.Add(page);
            next = page.Next;
        }
        while (next is not null);

        var rows = pages.SelectMany(p => p.Entities).ToList();
        Assert.True(pages.Count >= 2, $"expected a continuation, got {pages.Count} page(s)");
        Assert.All(pages, p => Assert.True(p.Entities.Count <= 1000));
        Assert.Equal(expected, rows.Select(e => e.RowKey));
        Assert.All(rows, e => Assert.Equal(e.RowKey, e.Properties["Value"]));
        Assert.All(rows, e => Assert.False(string.IsNullOrEmpty(e.ETag)));
    }

    [Fact]
    public async Task QueryAsync_Range_IncludesFromExcludesToAndOtherPartitions()
    {
        await _client.CreateTableIfNotExistsAsync(_table, None);
        await _client.SubmitTransactionAsync(_table, [.. Enumerable.Range(0, 6).Select(i => Insert("a", Row(i)))], None);
        await _client.SubmitTransactionAsync(_table, [Insert("b", Row(2)), Insert("b", Row(3))], None);
        await _client.SubmitTransactionAsync(_table, [Insert("a'b", Row(2))], None);

        var page = await _client.QueryAsync(_table, "a", Row(2), Row(5), null, None);
        var quoted = await _client.QueryAsync(_table, "a'b", "", "\uffff", null, None);

        Assert.Equal([Row(2), Row(3), Row(4)], page.Entities.Select(e => e.RowKey));
        Assert.All(page.Entities, e => Assert.Equal("a", e.PartitionKey));
        Assert.Null(page.Next);
        Assert.Equal([Row(2)], quoted.Entities.Select(e => e.RowKey));
    }

    [Fact]
    public async Task QueryAsync_EmptyRange_ReturnsNoEntitiesAndNoContinuation()
    {
        await _client.CreateTableIfNotExistsAsync(_table, None);

        var page = await _client.QueryAsync(_table, "none", "", "\uffff", null, None);

        Assert.Empty(page.Entities);
        Assert.Null(page.Next);
    }
}
