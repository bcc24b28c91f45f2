namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>A workbook's content as stored, with the ETag that identifies this version of it.</summary>
/// <param name="Bytes">The .xlsx file's bytes.</param>
/// <param name="ETag">An opaque version tag; it changes whenever the content does.</param>
public sealed record WorkbookFile(byte[] Bytes, string ETag);

/// <summary>Where the API reads portfolio workbooks by id (the local folder now; Graph drive items later).</summary>
public interface IWorkbookSource
{
    /// <summary>Reads a workbook.</summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    /// <exception cref="FileNotFoundException">No workbook has that id.</exception>
    Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken);
}
