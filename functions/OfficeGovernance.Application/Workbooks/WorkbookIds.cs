using Microsoft.Extensions.Options;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// The workbook ids this server accepts (docs/rules.md#http-api-contract): with <c>Workbooks:Store Local</c> a file name in the
/// workbooks folder, with <c>Graph</c> a <c>driveId/itemId</c>; so a request can never name a workbook in a form the
/// store would read as something else, and every workbook's decision log has one id.
/// </summary>
public sealed class WorkbookIds(IOptions<WorkbooksOptions> options)
{
    /// <summary>The problem with <paramref name="value"/> as a workbook id here, or null when it is usable.</summary>
    public string? ProblemOf(string? value) =>
        WorkbookId.ProblemOf(value) ?? (options.Value.Store, value!.Contains('/', StringComparison.Ordinal)) switch
        {
            (WorkbookStoreKind.Local, true) =>
                $"workbookId '{value}' must be a file name: this server keeps workbooks in a local folder (Workbooks:Store Local).",
            (WorkbookStoreKind.Graph, false) =>
                $"workbookId '{value}' must be driveId/itemId: this server reads workbooks through Graph (Workbooks:Store Graph).",
            _ => null,
        };
}
