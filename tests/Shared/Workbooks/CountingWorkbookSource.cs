// Linked into the Infrastructure, CLI and Functions test projects: counts a source's reads and saves.
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Tests.Shared;

/// <summary>
/// A workbook source that passes every call to the real one and counts them, so a test can assert a use case reads
/// once and saves once; <see cref="BeforeSave"/> runs between the read and the save (another writer's edit).
/// </summary>
internal sealed class CountingWorkbookSource(IWorkbookSource inner) : IWorkbookSource
{
    private int _reads;
    private int _saves;

    /// <summary>How many reads reached the real source.</summary>
    public int Reads => _reads;

    /// <summary>How many saves reached the real source (refused ones included).</summary>
    public int Saves => _saves;

    /// <summary>Runs once, just before the next save reaches the real source.</summary>
    public Func<Task>? BeforeSave { get; set; }

    public Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetAsync(workbookId, cancellationToken);
    }

    public async Task<string> SaveAsync(string workbookId, byte[] content, string ifMatchETag, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _saves);
        if (BeforeSave is { } edit)
        {
            BeforeSave = null;
            await edit();
        }
        return await inner.SaveAsync(workbookId, content, ifMatchETag, cancellationToken);
    }
}
