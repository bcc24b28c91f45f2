using System.Net;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Workbooks in OneDrive or SharePoint through Graph's driveItem API (docs/rules.md#weekly-run-through-graph). A download is always
/// three HTTP requests (item, content, and the download URL its 302 names) and an upload one, whatever the file's
/// size, plus retries of 429 and 503.
/// </summary>
public sealed class GraphWorkbookStore : IWorkbookStore
{
    private readonly GraphServiceClient _graph;

    /// <summary>Creates the store over a client from <see cref="GraphClients.Create"/>.</summary>
    public GraphWorkbookStore(GraphServiceClient graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">Graph returned no item, no eTag or no content.</exception>
    /// <exception cref="ApiException">Graph refused a request (404 for a missing file, 403 without access), or the
    /// retries ran out (wrapped in an <see cref="AggregateException"/> by the SDK).</exception>
    public async Task<StoredWorkbook> DownloadAsync(string driveId, string itemId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(driveId);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        var item = _graph.Drives[driveId].Items[itemId];
        // The eTag is read before the content: if the file changes in between, the bytes are newer than the eTag and
        // the upload's If-Match fails safely instead of overwriting an edit.
        var meta = await item.GetAsync(r => r.QueryParameters.Select = ["id", "eTag"], ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Graph returned no driveItem for {driveId}/{itemId}.");
        var eTag = meta.ETag is { Length: > 0 } tag
            ? tag
            : throw new InvalidOperationException($"Graph returned driveItem {driveId}/{itemId} without an eTag.");
        await using var stream = await item.Content.GetAsync(cancellationToken: ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Graph returned no content for {driveId}/{itemId}.");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
        return new StoredWorkbook(buffer.ToArray(), eTag);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">Graph accepted the upload but returned no eTag.</exception>
    /// <exception cref="ApiException">Graph refused the upload for another reason than a stale eTag.</exception>
    public async Task<string> UploadAsync(
        string driveId, string itemId, byte[] content, string ifMatchETag, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(driveId);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(ifMatchETag);
        using var body = new MemoryStream(content, writable: false);
        try
        {
            var saved = await _graph.Drives[driveId].Items[itemId].Content
                .PutAsync(body, r => r.Headers.Add("If-Match", ifMatchETag), ct).ConfigureAwait(false);
            return saved?.ETag is { Length: > 0 } eTag
                ? eTag
                : throw new InvalidOperationException(
                    $"Graph saved {driveId}/{itemId} but returned no eTag; the new version is unknown.");
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.PreconditionFailed)
        {
            throw new WorkbookChangedException(driveId, itemId, ifMatchETag, e);
        }
    }
}
