using System.Net;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Graph;

public sealed class GraphWorkbookStoreTests : IAsyncLifetime
{
    private const string Drive = "b!drive-1";
    private const string Item = "01ITEM";
    private const string ItemPath = "/v1.0/drives/" + Drive + "/items/" + Item;
    private const string ContentPath = ItemPath + "/content";
    private static readonly byte[] Original = [0x50, 0x4B, 3, 4, 1, 2, 3];
    private FakeGraphServer _server = null!;
    private Microsoft.Graph.GraphServiceClient _client = null!;
    private GraphWorkbookStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _client = GraphClients.Create(
            new GraphSettings(_server.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
        _store = new GraphWorkbookStore(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task DownloadAsync_ContentRedirects_FollowsTheRedirectAndReturnsBytesAndETag()
    {
        var eTag = _server.AddFile(Drive, Item, Original);

        var stored = await _store.DownloadAsync(Drive, Item, CancellationToken.None);

        Assert.Equal(Original, stored.Content);
        Assert.Equal(eTag, stored.ETag);
        Assert.Equal(1, _server.Requests(ItemPath));
        Assert.Equal(1, _server.Requests(ContentPath));
        Assert.Equal(3, _server.TotalRequests);
    }

    [Fact]
    public async Task DownloadAsync_LargeFile_MakesTheSameThreeRequests()
    {
        var large = new byte[5 * 1024 * 1024];
        new Random(7).NextBytes(large);
        _server.AddFile(Drive, Item, large);

        var stored = await _store.DownloadAsync(Drive, Item, CancellationToken.None);

        Assert.Equal(large, stored.Content);
        Assert.Equal(3, _server.TotalRequests);
    }

    [Fact]
    public async Task UploadAsync_CurrentETag_SavesInOneRequestAndReturnsTheNewETag()
    {
        _server.AddFile(Drive, Item, Original);
        var read = await _store.DownloadAsync(Drive, Item, CancellationToken.None);
        byte[] reviewed = [.. Original, 9, 9];

        var newETag = await _store.UploadAsync(Drive, Item, reviewed, read.ETag, CancellationToken.None);

        Assert.NotEqual(read.ETag, newETag);
        Assert.Equal(newETag, _server.File(Drive, Item).ETag);
        Assert.Equal(reviewed, _server.File(Drive, Item).Content);
        Assert.Equal(4, _server.TotalRequests);
        Assert.Equal(1, _server.Requests("PUT", ContentPath));
    }

    [Fact]
    public async Task UploadAsync_ConcurrentEditAfterDownload_ThrowsWorkbookChangedAndKeepsTheUsersEdit()
    {
        _server.AddFile(Drive, Item, Original);
        byte[] usersEdit = [0x50, 0x4B, 3, 4, 42];
        _server.EditAfterNextDownload(Drive, Item, usersEdit);
        var read = await _store.DownloadAsync(Drive, Item, CancellationToken.None);

        var error = await Assert.ThrowsAsync<WorkbookChangedException>(
            () => _store.UploadAsync(Drive, Item, [.. read.Content, 1], read.ETag, CancellationToken.None));

        Assert.Equal(read.ETag, error.StaleETag);
        Assert.Equal((Drive, Item), (error.DriveId, error.ItemId));
        Assert.Equal(412, Assert.IsAssignableFrom<ApiException>(error.InnerException).ResponseStatusCode);
        Assert.Equal(usersEdit, _server.File(Drive, Item).Content);
        Assert.Equal(1, _server.Requests("PUT", ContentPath));
    }

    [Fact]
    public async Task UploadAsync_AfterConflictReadAgain_SavesOnTopOfTheUsersEdit()
    {
        _server.AddFile(Drive, Item, Original);
        byte[] usersEdit = [0x50, 0x4B, 3, 4, 42];
        _server.EditAfterNextDownload(Drive, Item, usersEdit);
        var stale = await _store.DownloadAsync(Drive, Item, CancellationToken.None);
        await Assert.ThrowsAsync<WorkbookChangedException>(
            () => _store.UploadAsync(Drive, Item, [.. stale.Content, 1], stale.ETag, CancellationToken.None));

        var fresh = await _store.DownloadAsync(Drive, Item, CancellationToken.None);
        var saved = await _store.UploadAsync(Drive, Item, [.. fresh.Content, 1], fresh.ETag, CancellationToken.None);

        Assert.Equal(usersEdit, fresh.Content);
        Assert.Equal<byte[]>([.. usersEdit, 1], _server.File(Drive, Item).Content);
        Assert.Equal(saved, _server.File(Drive, Item).ETag);
    }

    [Fact]
    public async Task DownloadAsync_429WithRetryAfterTwice_RetriesAndSucceeds()
    {
        _server.AddFile(Drive, Item, Original);
        _server.Fail(HttpStatusCode.TooManyRequests, times: 2, pathSuffix: ItemPath);

        var stored = await _store.DownloadAsync(Drive, Item, CancellationToken.None);

        Assert.Equal(Original, stored.Content);
        Assert.Equal(3, _server.Requests(ItemPath));
        Assert.Equal(5, _server.TotalRequests);
    }

    [Fact]
    public async Task DownloadAsync_503WithRetryAfterTwiceOnContent_RetriesAndSucceeds()
    {
        _server.AddFile(Drive, Item, Original);
        _server.Fail(HttpStatusCode.ServiceUnavailable, times: 2, pathSuffix: ContentPath);

        var stored = await _store.DownloadAsync(Drive, Item, CancellationToken.None);

        Assert.Equal(Original, stored.Content);
        Assert.Equal(3, _server.Requests(ContentPath));
    }

    [Fact]
    public async Task UploadAsync_503WithRetryAfterTwice_ResendsTheWholeBodyAndSucceeds()
    {
        var eTag = _server.AddFile(Drive, Item, Original);
        _server.Fail(HttpStatusCode.ServiceUnavailable, times: 2, pathSuffix: ContentPath);
        byte[] reviewed = [.. Original, 7, 7, 7];

        var newETag = await _store.UploadAsync(Drive, Item, reviewed, eTag, CancellationToken.None);

        Assert.Equal(3, _server.Requests("PUT", ContentPath));
        Assert.Equal(reviewed, _server.File(Drive, Item).Content);
        Assert.Equal(newETag, _server.File(Drive, Item).ETag);
    }

    [Fact]
    public async Task DownloadAsync_ThrottledPastMaxRetry_ThrowsAfterMaxRetryRetries()
    {
        _server.AddFile(Drive, Item, Original);
        _server.Fail(HttpStatusCode.TooManyRequests, times: 10, pathSuffix: ItemPath);

        await Assert.ThrowsAsync<AggregateException>(() => _store.DownloadAsync(Drive, Item, CancellationToken.None));

        Assert.Equal(4, _server.Requests(ItemPath));
        Assert.Equal(0, _server.Requests(ContentPath));
    }

    [Fact]
    public async Task DownloadAsync_MissingItem_ThrowsApiExceptionWith404()
    {
        var error = await Assert.ThrowsAnyAsync<ApiException>(
            () => _store.DownloadAsync(Drive, "missing", CancellationToken.None));

        Assert.Equal(404, error.ResponseStatusCode);
    }
}
