namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// Where portfolio workbooks are read and saved, the one source abstraction under every
/// <see cref="WorkbookRoundTrip"/> (docs/rules.md#written-workbooks): a local file named by path for the CLI's verbs
/// (Infrastructure's <c>PathWorkbookSource</c>), and, by id (<see cref="WorkbookId"/>) as <c>Workbooks:Store</c>
/// chooses, the local workbook folder (<c>LocalWorkbookSource</c>) or OneDrive and SharePoint through Graph
/// (<c>GraphWorkbookSource</c>). A save over a changed version is refused the same way by all three:
/// <see cref="WorkbookConflictException"/>.
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
