using Microsoft.Extensions.Options;
using OfficeGovernance.Functions.Http;

namespace OfficeGovernance.Functions.Reviews;

/// <summary>
/// The workbooks registered for the weekly run (PRODUCT.md section 5): the <c>WeeklyStatus:Workbooks</c> setting
/// (<c>;</c>-separated ids), each listed once in the order given.
/// </summary>
public sealed class RegisteredWorkbooks(IOptions<WeeklyStatusOptions> options)
{
    /// <summary>The registered workbook ids.</summary>
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(options.Value.WorkbookIds);
    }
}
