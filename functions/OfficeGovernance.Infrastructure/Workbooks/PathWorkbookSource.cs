using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// A workbook as a local file named by its path (the CLI's verbs): the workbook id is the path, the ETag the
/// content's SHA-256 (<see cref="WorkbookETag"/>), as in the workbook folder. A save writes an exclusive temporary
/// file beside the workbook (<c>F.xlsx.writing</c>), compares the file's eTag with the one read, and replaces the file
/// in one move, so a failure leaves it byte-for-byte as it was and of two commands writing the same file at once one
/// fails instead of both overwriting (docs/rules.md#written-workbooks).
/// </summary>
public sealed class PathWorkbookSource : IWorkbookSource
{
    /// <inheritdoc />
    /// <param name="workbookId">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="FileNotFoundException">No file is at that path.</exception>
    public async Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbookId);
        if (!File.Exists(workbookId))
        {
            throw new FileNotFoundException($"the file {workbookId} does not exist", workbookId);
        }
        var bytes = await File.ReadAllBytesAsync(workbookId, cancellationToken);
        return new WorkbookFile(bytes, WorkbookETag.Of(bytes));
    }

    /// <inheritdoc />
    /// <param name="workbookId">The file's path.</param>
    /// <param name="content">The new .xlsx bytes.</param>
    /// <param name="ifMatchETag">The eTag of the bytes the content was made from.</param>
    /// <param name="cancellationToken">Cancels the write before the move.</param>
    /// <exception cref="WorkbookConflictException">The file changed since it was read; nothing was written.</exception>
    /// <exception cref="IOException"><c>F.xlsx.writing</c> exists: another write is under way, or one was interrupted and
    /// left it; nothing was written.</exception>
    /// <exception cref="FileNotFoundException">The file was deleted since it was read.</exception>
    public async Task<string> SaveAsync(string workbookId, byte[] content, string ifMatchETag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbookId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(ifMatchETag);
        var temporary = workbookId + ".writing";
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException busy) when (File.Exists(temporary))
        {
            throw new IOException(
                $"{temporary} exists: another command is writing {workbookId}, or one was interrupted; " +
                "delete that file if none is running, and run the command again.", busy);
        }
        try
        {
            await using (stream)
            {
                if (WorkbookETag.Of(await File.ReadAllBytesAsync(workbookId, cancellationToken)) != ifMatchETag)
                {
                    throw new WorkbookConflictException(workbookId, ifMatchETag);
                }
                await stream.WriteAsync(content, cancellationToken);
            }
            File.Move(temporary, workbookId, overwrite: true);
            return WorkbookETag.Of(content);
        }
        catch
        {
            // The temporary file is ours and holds nothing the user needs; left behind it would block every later write.
            File.Delete(temporary);
            throw;
        }
    }
}
