using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary><see cref="IWorkbookFiles"/> through <see cref="PortfolioWorkbookFile"/> (a temporary file beside the workbook, then one move).</summary>
public sealed class LocalWorkbookFiles : IWorkbookFiles
{
    /// <inheritdoc />
    public LoadedWorkbook Load(string path) => PortfolioWorkbookFile.Load(path);

    /// <inheritdoc />
    public void Save(LoadedWorkbook loaded, byte[] updated) => PortfolioWorkbookFile.WriteBytes(loaded, updated);

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
