using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>Workbooks as files in <c>Workbooks:Directory</c>, addressed by file name; the ETag is the content's SHA-256.</summary>
public sealed class LocalWorkbookSource(IOptions<WorkbooksOptions> options) : IWorkbookSource
{
    /// <inheritdoc />
    public async Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken)
    {
        if (WorkbookId.ProblemOf(workbookId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(workbookId));
        }
        var path = Path.Combine(Path.GetFullPath(options.Value.Directory), workbookId);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No workbook '{workbookId}' in the workbooks folder.", workbookId);
        }
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new WorkbookFile(bytes, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\"");
    }
}
