namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// A save was refused because the workbook changed since it was read: someone else's edit stands, nothing was
/// written. Read it again, review again and retry. The one conflict every <see cref="IWorkbookSource"/> reports (a file
/// by path, the workbook folder, Graph's 412): the HTTP API answers 409 (docs/rules.md#http-api-contract), the command
/// line exits 1 naming the file (docs/rules.md#command-line).
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
