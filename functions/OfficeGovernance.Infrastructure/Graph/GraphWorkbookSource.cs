using System.Net;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Workbooks in OneDrive or SharePoint, addressed as <c>driveId/itemId</c> (docs/rules.md#workbook-binding), read and
/// saved through Graph's driveItem API with the driveItem eTag as the ETag (docs/rules.md#weekly-run-through-graph). A
/// read is always three HTTP requests (item, content, and the download URL its 302 names) and a save one, whatever
/// the file's size, plus the client's retries of 429 and 503. A save is conditional (<c>If-Match</c>): Graph's 412 is a
/// <see cref="WorkbookConflictException"/>, the one conflict every source reports.
/// </summary>
public sealed class GraphWorkbookSource : IWorkbookSource
{
    private readonly GraphServiceClient _graph;

    /// <summary>Creates the source over a client from <see cref="GraphClients.Create"/>.</summary>
    public GraphWorkbookSource(GraphServiceClient graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
    }

    /// <inheritdoc />
    /// <remarks>The eTag is read before the content, so the bytes are never older than the eTag returned.</remarks>
    /// <exception cref="InvalidOperationException">Graph returned no item, no eTag or no content.</exception>
    /// <exception cref="ApiException">Graph refused for another reason than a missing file (403 without access), or the
    /// retries ran out (wrapped in an <see cref="AggregateException"/> by the SDK).</exception>
    public async Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken)
    {
        var (driveId, itemId) = Split(workbookId);
        var item = _graph.Drives[driveId].Items[itemId];
        try
        {
            // The eTag is read before the content: if the file changes in between, the bytes are newer than the eTag
            // and the save's If-Match fails safely instead of overwriting an edit.
            var meta = await item.GetAsync(r => r.QueryParameters.Select = ["id", "eTag"], cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Graph returned no driveItem for {workbookId}.");
            var eTag = meta.ETag is { Length: > 0 } tag
                ? tag
                : throw new InvalidOperationException($"Graph returned driveItem {workbookId} without an eTag.");
            await using var stream = await item.Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Graph returned no content for {workbookId}.");
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return new WorkbookFile(buffer.ToArray(), eTag);
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException($"Graph has no drive item {workbookId}.", workbookId, e);
        }
    }

    /// <inheritdoc />
    /// <remarks>One PUT of the whole content with <c>If-Match: ifMatchETag</c>; a 503 retry resends the whole body.</remarks>
    /// <exception cref="InvalidOperationException">Graph accepted the upload but returned no eTag.</exception>
    /// <exception cref="ApiException">Graph refused for another reason than a missing file or a stale eTag.</exception>
    public async Task<string> SaveAsync(string workbookId, byte[] content, string ifMatchETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(ifMatchETag);
        var (driveId, itemId) = Split(workbookId);
        using var body = new MemoryStream(content, writable: false);
        try
        {
            var saved = await _graph.Drives[driveId].Items[itemId].Content
                .PutAsync(body, r => r.Headers.Add("If-Match", ifMatchETag), cancellationToken).ConfigureAwait(false);
            return saved?.ETag is { Length: > 0 } eTag
                ? eTag
                : throw new InvalidOperationException($"Graph saved {workbookId} but returned no eTag; the new version is unknown.");
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.PreconditionFailed)
        {
            throw new WorkbookConflictException(workbookId, ifMatchETag, e);
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException($"Graph has no drive item {workbookId}.", workbookId, e);
        }
    }

    private static (string DriveId, string ItemId) Split(string workbookId)
    {
        if (WorkbookId.ProblemOf(workbookId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(workbookId));
        }
        return WorkbookId.TrySplitDriveItem(workbookId, out var driveId, out var itemId)
            ? (driveId, itemId)
            : throw new ArgumentException(
                $"workbookId '{workbookId}' is not driveId/itemId; this server reads workbooks through Graph (Workbooks:Store Graph).",
                nameof(workbookId));
    }
}
