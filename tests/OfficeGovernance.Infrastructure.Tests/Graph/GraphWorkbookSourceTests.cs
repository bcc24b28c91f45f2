using System.Net;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Graph;

public sealed class GraphWorkbookSourceTests : IAsyncLifetime
{
    private const string Drive = "b!drive-1";
    private const string Item = "01ITEM";
    private const string Id = Drive + "/" + Item;
    private const string ItemPath = "/v1.0/drives/" + Drive + "/items/" + Item;
    private const string ContentPath = ItemPath + "/content";
    private static readonly byte[] Original = [0x50, 0x4B, 3, 4, 1, 2, 3];
    private FakeGraphServer _server = null!;
    private Microsoft.Graph.GraphServiceClient _client = null!;
    private GraphWorkbookSource _source = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _client = GraphClients.Create(
            new GraphSettings(_server.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
        _source = new GraphWorkbookSource(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GetAsync_ContentRedirects_FollowsTheRedirectAndReturnsBytesAndETag()
    {
        var eTag = _server.AddFile(Drive, Item, Original);

        var stored = await _source.GetAsync(Id, CancellationToken.None);

        Assert.Equal(Original, stored.Bytes);
        Assert.Equal(eTag, stored.ETag);
        Assert.Equal(1, _server.Requests(ItemPath));
        Assert.Equal(1, _server.Requests(ContentPath));
        Assert.Equal(3, _server.TotalRequests);
    }

    [Fact]
    public async Task GetAsync_LargeFile_MakesTheSameThreeRequests()
    {
        var large = new byte[5 * 1024 * 1024];
        new Random(7).NextBytes(large);
        _server.AddFile(Drive, Item, large);

        var stored = await _source.GetAsync(Id, CancellationToken.None);

        Assert.Equal(large, stored.Bytes);
        Assert.Equal(3, _server.TotalRequests);
    }

    [Fact]
    public async Task SaveAsync_CurrentETag_SavesInOneRequestAndReturnsTheNewETag()
    {
        _server.AddFile(Drive, Item, Original);
        var read = await _source.GetAsync(Id, CancellationToken.None);
        byte[] reviewed = [.. Original, 9, 9];

        var newETag = await _source.SaveAsync(Id, reviewed, read.ETag, CancellationToken.None);

        Assert.NotEqual(read.ETag, newETag);
        Assert.Equal(newETag, _server.File(Drive, Item).ETag);
        Assert.Equal(reviewed, _server.File(Drive, Item).Content);
        Assert.Equal(4, _server.TotalRequests);
        Assert.Equal(1, _server.Requests("PUT", ContentPath));
    }

    [Fact]
    public async Task SaveAsync_ConcurrentEditAfterDownload_ThrowsWorkbookConflictAndKeepsTheUsersEdit()
    {
        _server.AddFile(Drive, Item, Original);
        byte[] usersEdit = [0x50, 0x4B, 3, 4, 42];
        _server.EditAfterNextDownload(Drive, Item, usersEdit);
        var read = await _source.GetAsync(Id, CancellationToken.None);

        var error = await Assert.ThrowsAsync<WorkbookConflictException>(
            () => _source.SaveAsync(Id, [.. read.Bytes, 1], read.ETag, CancellationToken.None));

        Assert.Equal(Id, error.WorkbookId);
        Assert.Contains(read.ETag, error.Message);
        Assert.Equal(412, Assert.IsAssignableFrom<ApiException>(error.InnerException).ResponseStatusCode);
        Assert.Equal(usersEdit, _server.File(Drive, Item).Content);
        Assert.Equal(1, _server.Requests("PUT", ContentPath));
    }

    [Fact]
    public async Task SaveAsync_AfterConflictReadAgain_SavesOnTopOfTheUsersEdit()
    {
        _server.AddFile(Drive, Item, Original);
        byte[] usersEdit = [0x50, 0x4B, 3, 4, 42];
        _server.EditAfterNextDownload(Drive, Item, usersEdit);
        var stale = await _source.GetAsync(Id, CancellationToken.None);
        await Assert.ThrowsAsync<WorkbookConflictException>(
            () => _source.SaveAsync(Id, [.. stale.Bytes, 1], stale.ETag, CancellationToken.None));

        var fresh = await _source.GetAsync(Id, CancellationToken.None);
        var saved = await _source.SaveAsync(Id, [.. fresh.Bytes, 1], fresh.ETag, CancellationToken.None);

        Assert.Equal(usersEdit, fresh.Bytes);
        Assert.Equal<byte[]>([.. usersEdit, 1], _server.File(Drive, Item).Content);
        Assert.Equal(saved, _server.File(Drive, Item).ETag);
    }

    [Fact]
    public async Task GetAsync_429WithRetryAfterTwice_RetriesAndSucceeds()
    {
        _server.AddFile(Drive, Item, Original);
        _server.Fail(HttpStatusCode.TooManyRequests, times: 2, pathSuffix: ItemPath);

        var stored = await _source.GetAsync(Id, CancellationToken.None);

        Assert.Equal(Original, stored.Bytes);
        Assert.Equal(3, _server.Requests(ItemPath));
        Assert.Equal(5, _server.TotalRequests);
    }

    [Fact]
    public async Task GetAsync_503WithRetryAfterTwiceOnContent_RetriesAndSucceeds()
    {
        _server.AddFile(Drive, Item, Original);
        _server.Fail(HttpStatusCode.ServiceUnavailable, times: 2, pathSuffix: ContentPath);

        var stored = await _source.GetAsync(Id, CancellationToken.None);

        Assert.Equal(Original, stored.Bytes);
        Assert.Equal(3, _server.Requests(ContentPath));
    }

    [Fact]
    public async Task SaveAsync_503WithRetryAfterTwice_ResendsTheWholeBodyAndSucceeds()
    {
        var eTag = _server.AddFile(Drive, Item, Original);
        _server.Fail(HttpStatusCode.ServiceUnavailable, times: 2, pathSuffix: ContentPath);
        byte[] reviewed = [.. Original, 7, 7, 7];

        var newETag = await _source.SaveAsync(Id, reviewed, eTag, CancellationToken.None);

        Assert.Equal(3, _server.Requests("PUT", ContentPath));
        Assert.Equal(reviewed, _server.File(Drive, Item).Content);
        Assert.Equal(newETag, _server.File(Drive, Item).ETag);
    }

    [Fact]
    public async Task GetAsync_ThrottledPastMaxRetry_ThrowsAfterMaxRetryRetries()
    {
        _server.AddFile(Drive, Item, Original);
        _server.Fail(HttpStatusCode.TooManyRequests, times: 10, pathSuffix: ItemPath);

        await Assert.ThrowsAsync<AggregateException>(() => _source.GetAsync(Id, CancellationToken.None));

        Assert.Equal(4, _server.Requests(ItemPath));
        Assert.Equal(0, _server.Requests(ContentPath));
    }

    [Fact]
    public async Task GetAsync_MissingItem_ThrowsFileNotFoundWithGraphs404()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(
            () => _source.GetAsync(Drive + "/missing", CancellationToken.None));

        Assert.Equal(404, Assert.IsAssignableFrom<ApiException>(error.InnerException).ResponseStatusCode);
    }

    [Fact]
    public async Task SaveAsync_MissingItem_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(
            () => _source.SaveAsync(Drive + "/missing", Original, "\"any\"", CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_PlainFileName_ThrowsWithoutAskingGraph()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _source.GetAsync("portfolio.xlsx", CancellationToken.None));

        Assert.Contains("driveId/itemId", error.Message);
        Assert.Equal(0, _server.TotalRequests);
    }
}
