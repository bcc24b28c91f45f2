namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>A workbook's content as stored, with the ETag that identifies this version of it.</summary>
/// <param name="Bytes">The .xlsx file's bytes.</param>
/// <param name="ETag">An opaque version tag; it changes whenever the content does.</param>
public sealed record WorkbookFile(byte[] Bytes, string ETag);

/// <summary>
/// Where the backend reads and writes portfolio workbooks by id (<see cref="WorkbookId"/>): the local folder
/// (<see cref="LocalWorkbookSource"/>) or OneDrive and SharePoint through Graph (<see cref="GraphWorkbookSource"/>),
/// chosen by <c>Workbooks:Store</c>.
/// </summary>
public interface IWorkbookSource
{
    /// <summary>Reads a workbook.</summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id for this source.</exception>
    /// <exception cref="FileNotFoundException">No workbook has that id.</exception>
    Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken);

    /// <summary>Replaces a workbook's content only if it is still the version <paramref name="ifMatchETag"/> names.</summary>
    /// <param name="workbookId">The workbook.</param>
    /// <param name="content">The new .xlsx bytes.</param>
    /// <param name="ifMatchETag">The ETag of the version the content was made from (from <see cref="GetAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new ETag.</returns>
    /// <exception cref="ArgumentException">The id is not a valid workbook id for this source.</exception>
    /// <exception cref="FileNotFoundException">No workbook has that id.</exception>
    /// <exception cref="WorkbookConflictException">The workbook changed since that version was read; nothing was written.</exception>
    Task<string> SaveAsync(string workbookId, byte[] content, string ifMatchETag, CancellationToken cancellationToken);
}

/// <summary>
/// A save was refused because the workbook changed since it was read: someone else's edit stands, nothing was
/// written. Read it again, review again and retry (PRODUCT.md section 5).
/// </summary>
/// <param name="workbookId">The workbook.</param>
/// <param name="staleETag">The ETag the save was conditional on.</param>
/// <param name="inner">The store's error, if any.</param>
public sealed class WorkbookConflictException(string workbookId, string staleETag, Exception? inner = null)
    : Exception($"Workbook {workbookId} changed since it was read (ETag {staleETag} is stale); nothing was written.", inner)
{
    /// <summary>The workbook.</summary>
    public string WorkbookId { get; } = workbookId;
}
