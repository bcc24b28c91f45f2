using System.Security.Claims;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// Who may see a workbook's log, decision rights, status preview or review (PRODUCT.md section 5, Authorization):
/// only a caller who can read the stored workbook. Anyone else, and a workbook that does not exist, get the same 404,
/// so guessing ids tells nothing.
/// </summary>
public sealed class WorkbookAccess(IWorkbookReadCheck check)
{
    /// <summary>The 404 problem to answer when <paramref name="caller"/> cannot read <paramref name="workbookId"/>, or null when they can.</summary>
    /// <exception cref="InvalidOperationException">The request was not authenticated.</exception>
    public async Task<IResult?> DenialAsync(ClaimsPrincipal caller, string workbookId, CancellationToken cancellationToken) =>
        await check.CanReadAsync(CallerIdentity.NameOf(caller), caller, workbookId, cancellationToken)
            ? null
            : NotFound(workbookId);

    /// <summary>The answer for a workbook that is missing or that the caller may not read.</summary>
    public static IResult NotFound(string workbookId) => ApiProblems.Status(StatusCodes.Status404NotFound, "No such workbook.",
        $"No workbook '{workbookId}' that you can read is stored here.");
}
