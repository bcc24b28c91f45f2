using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// <see cref="IWorkbookFiles"/> on the local disk: existing workbooks through a <see cref="PathWorkbookSource"/> (an
/// exclusive temporary file beside the workbook, then one move, only over the bytes read), new files through a temporary
/// file and one move.
/// </summary>
/// <param name="existing">The source of existing files by path; a <see cref="PathWorkbookSource"/> when null (tests wrap it).</param>
public sealed class LocalWorkbookFiles(IWorkbookSource? existing = null) : IWorkbookFiles
{
    /// <inheritdoc />
    public IWorkbookSource Existing { get; } = existing ?? new PathWorkbookSource();

    /// <inheritdoc />
    public async Task WriteNewAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = path + ".writing";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <inheritdoc />
    public bool Exists(string path) => File.Exists(path);
}
