namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>Where the weekly run reads and writes portfolio workbooks (docs/rules.md#weekly-run-through-graph).</summary>
public interface IWorkbookStore
{
    /// <summary>Reads a workbook and its eTag.</summary>
    /// <param name="driveId">The drive (OneDrive or SharePoint document library) id.</param>
    /// <param name="itemId">The file's driveItem id.</param>
    /// <param name="ct">Cancels the requests.</param>
    /// <returns>The bytes and an eTag no newer than them: a file changed between the two reads is caught by the
    /// upload's If-Match, never overwritten.</returns>
    Task<StoredWorkbook> DownloadAsync(string driveId, string itemId, CancellationToken ct);

    /// <summary>Replaces a workbook's content only if it is still the version <paramref name="ifMatchETag"/> names.</summary>
    /// <param name="driveId">The drive id.</param>
    /// <param name="itemId">The driveItem id.</param>
    /// <param name="content">The new .xlsx bytes.</param>
    /// <param name="ifMatchETag">The eTag from <see cref="DownloadAsync"/>.</param>
    /// <param name="ct">Cancels the request.</param>
    /// <returns>The new eTag.</returns>
    /// <exception cref="WorkbookChangedException">Someone changed the file since it was read (412): download again,
    /// review again and retry.</exception>
    Task<string> UploadAsync(string driveId, string itemId, byte[] content, string ifMatchETag, CancellationToken ct);
}
