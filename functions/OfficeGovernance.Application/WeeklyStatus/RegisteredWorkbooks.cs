using Microsoft.Extensions.Options;
using OfficeGovernance.Application.Workbooks.Registry;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>
/// The workbooks registered for the weekly run (docs/rules.md#weekly-status): those registered through
/// <c>POST /api/workbooks</c> (<see cref="IWorkbookRegistry"/>), then any of the <c>WeeklyStatus:Workbooks</c> setting
/// (<c>;</c>-separated ids) not among them; each once.
/// </summary>
public sealed class RegisteredWorkbooks(IOptions<WeeklyStatusOptions> options, IWorkbookRegistry registry)
{
    /// <summary>The registered workbook ids.</summary>
    /// <exception cref="Exception">The registry could not be read; the timer fails rather than skip workbooks.</exception>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        var registered = (await registry.ListAsync(cancellationToken)).Select(r => r.WorkbookId);
        return registered.Concat(options.Value.WorkbookIds).Distinct(StringComparer.Ordinal).ToArray();
    }
}
