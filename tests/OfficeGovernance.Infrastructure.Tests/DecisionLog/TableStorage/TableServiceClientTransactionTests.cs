using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;
using static OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableEntityBuilder;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

[Collection(AzuriteCollection.Name)]
public sealed class TableServiceClientTransactionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TableServiceClient _client = new(TableConnection.Parse(azurite.ConnectionString));
    private readonly string _table = AzuriteFixture.UniqueTableName();
    private static CancellationToken None => CancellationToken.None;

    public Task InitializeAsync() => _client.CreateTableIfNotExistsAsync(_table, None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SubmitTransactionAsync_InsertOfExistingWithAnotherInsert_409AndNothingApplied()
    {
        await _client.SubmitTransactionAsync(_table, [Insert("p", "existing", ("V", "old"))], None);

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(() => _client.SubmitTransactionAsync(
            _table, [Insert("p", "new"), Insert("p", "existing", ("V", "new"))], None));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Null(await _client.GetAsync(_table, "p", "new", None));
        Assert.Equal("old", (await _client.GetAsync(_table, "p", "existing", None))!.Properties["V"]);
    }

    [Fact]
    public async Task SubmitTransactionAsync_ReplaceWithCurrentETag_ReplacesAndChangesETag()
    {
        await _client.SubmitTransactionAsync(_table, [Insert("p", "head", ("Seq", "1"))], None);
        var head = (await _client.GetAsync(_table, "p", "head", None))!;

        await _client.SubmitTransactionAsync(
            _table, [Replace(head with { Properties = new Dictionary<string, string> { ["Seq"] = "2" } }), Insert("p", "e2")],
            None);

        var moved = (await _client.GetAsync(_table, "p", "head", None))!;
        Assert.Equal(new Dictionary<string, string> { ["Seq"] = "2" }, moved.Properties);
        Assert.NotEqual(head.ETag, moved.ETag);
        Assert.NotNull(await _client.GetAsync(_table, "p", "e2", None));
    }

    [Fact]
    public async Task SubmitTransactionAsync_ReplaceWithStaleETag_412AndInsertNotApplied()
    {
        await _client.SubmitTransactionAsync(_table, [Insert("p", "head", ("Seq", "1"))], None);
        var stale = (await _client.GetAsync(_table, "p", "head", None))!;
        await _client.SubmitTransactionAsync(
            _table, [Replace(stale with { Properties = new Dictionary<string, string> { ["Seq"] = "2" } })], None);

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(() => _client.SubmitTransactionAsync(
            _table, [Insert("p", "e3"), Replace(stale with { Properties = new Dictionary<string, string> { ["Seq"] = "3" } })],
            None));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Null(await _client.GetAsync(_table, "p", "e3", None));
        Assert.Equal("2", (await _client.GetAsync(_table, "p", "head", None))!.Properties["Seq"]);
    }

    [Fact]
    public async Task SubmitTransactionAsync_Hundred_AllStored()
    {
        await _client.SubmitTransactionAsync(_table, [.. Enumerable.Range(0, 100).Select(i => Insert("p", Row(i)))], None);

        var page = await _client.QueryAsync(_table, "p", "", "\uffff", null, None);

        Assert.Equal(100, page.Entities.Count);
    }

    [Fact]
    public async Task SubmitTransactionAsync_InvalidBatches_ThrowArgumentExceptionBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _client.SubmitTransactionAsync(_table, [], None));
        await Assert.ThrowsAsync<ArgumentException>(() => _client.SubmitTransactionAsync(
            _table, [.. Enumerable.Range(0, 101).Select(i => Insert("p", Row(i)))], None));
        await Assert.ThrowsAsync<ArgumentException>(() => _client.SubmitTransactionAsync(
            _table, [Insert("p", "1"), Insert("q", "2")], None));
        await Assert.ThrowsAsync<ArgumentException>(() => _client.SubmitTransactionAsync(
            _table, [Replace(Entity("p", "1"))], None));
        await Assert.ThrowsAsync<ArgumentException>(() => _client.SubmitTransactionAsync(
            _table, [Insert("p", "a/b")], None));
        await Assert.ThrowsAsync<ArgumentException>(() => _client.SubmitTransactionAsync(
            _table, [Insert("p", "1", ("RowKey", "x"))], None));
        Assert.Empty((await _client.QueryAsync(_table, "p", "", "\uffff", null, None)).Entities);
    }
}
