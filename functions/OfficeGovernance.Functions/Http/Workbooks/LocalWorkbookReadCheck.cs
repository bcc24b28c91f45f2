using Microsoft.Extensions.Options;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// The local workbook folder (<c>Workbooks:Store Local</c>): every signed-in caller of this machine's server can read
/// every workbook the folder holds, as they could open the files themselves; a workbook not in the folder is not readable.
/// </summary>
public sealed class LocalWorkbookReadCheck(IOptions<WorkbooksOptions> options) : IWorkbookReadCheck
{
    /// <inheritdoc />
    public Task<bool> CanReadAsync(WorkbookCaller caller, string workbookId, CancellationToken cancellationToken) =>
        Task.FromResult(WorkbookId.ProblemOf(workbookId) is null && !workbookId.Contains('/', StringComparison.Ordinal)
            && File.Exists(Path.Combine(Path.GetFullPath(options.Value.Directory), workbookId)));
}
