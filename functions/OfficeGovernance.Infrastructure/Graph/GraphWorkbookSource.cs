using System.Net;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Workbooks in OneDrive or SharePoint, addressed as <c>driveId/itemId</c> (docs/rules.md#workbook-binding), read and saved
/// through Graph with the driveItem eTag as the ETag (<see cref="IWorkbookStore"/>).
/// </summary>
public sealed class GraphWorkbookSource(IWorkbookStore store) : IWorkbookSource
{
    /// <inheritdoc />
    /// <exception cref="ApiException">Graph refused for another reason than a missing file (403 without access).</exception>
    public async Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken)
    {
        var (driveId, itemId) = Split(workbookId);
        try
        {
            var stored = await store.DownloadAsync(driveId, itemId, cancellationToken);
            return new WorkbookFile(stored.Content, stored.ETag);
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException($"Graph has no drive item {workbookId}.", workbookId, e);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ApiException">Graph refused for another reason than a missing file or a stale eTag.</exception>
    public async Task<string> SaveAsync(string workbookId, byte[] content, string ifMatchETag, CancellationToken cancellationToken)
    {
        var (driveId, itemId) = Split(workbookId);
        try
        {
            return await store.UploadAsync(driveId, itemId, content, ifMatchETag, cancellationToken);
        }
        catch (WorkbookChangedException e)
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
