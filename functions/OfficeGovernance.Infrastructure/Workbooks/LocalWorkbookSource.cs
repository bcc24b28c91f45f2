using Microsoft.Extensions.Options;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Workbooks as files in <c>Workbooks:Directory</c>, addressed by file name; the ETag is the content's SHA-256
/// (quoted lowercase hex). A save goes through a temporary file and one move, and only over the version read.
/// </summary>
public sealed class LocalWorkbookSource(IOptions<WorkbooksOptions> options) : IWorkbookSource
{
    // One process owns the folder; the lock makes compare-and-replace atomic between this process's own callers.
    private readonly SemaphoreSlim _saving = new(1, 1);

    /// <inheritdoc />
    public async Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken)
    {
        var path = PathOf(workbookId);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new WorkbookFile(bytes, ETagOf(bytes));
    }

    /// <inheritdoc />
    public async Task<string> SaveAsync(string workbookId, byte[] content, string ifMatchETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(ifMatchETag);
        var path = PathOf(workbookId);
        await _saving.WaitAsync(cancellationToken);
        try
        {
            if (ETagOf(await File.ReadAllBytesAsync(path, cancellationToken)) != ifMatchETag)
            {
                throw new WorkbookConflictException(workbookId, ifMatchETag);
            }
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".writing";
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            return ETagOf(content);
        }
        finally
        {
            _saving.Release();
        }
    }

    private string PathOf(string workbookId)
    {
        if (WorkbookId.ProblemOf(workbookId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(workbookId));
        }
        if (workbookId.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"workbookId '{workbookId}' is a drive item; this server reads the local workbooks folder (Workbooks:Store Local).",
                nameof(workbookId));
        }
        var path = Path.Combine(Path.GetFullPath(options.Value.Directory), workbookId);
        return File.Exists(path) ? path
            : throw new FileNotFoundException($"No workbook '{workbookId}' in the workbooks folder.", workbookId);
    }

    private static string ETagOf(byte[] bytes) => WorkbookETag.Of(bytes);
}
