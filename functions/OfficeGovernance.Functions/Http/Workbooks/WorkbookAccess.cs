using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// Who may see a workbook's log, decision rights, status preview or review, or register it (docs/rules.md#authorization):
/// only a caller who can read the stored workbook. Anyone else, and a workbook that does not exist,
/// get the same 404, so guessing ids tells nothing.
/// </summary>
public sealed class WorkbookAccess(IWorkbookReadCheck check)
{
    /// <summary>The 404 problem to answer when the request's caller cannot read <paramref name="workbookId"/>, or null when they can.</summary>
    /// <exception cref="InvalidOperationException">The request was not authenticated.</exception>
    public async Task<IResult?> DenialAsync(HttpRequest request, string workbookId, CancellationToken cancellationToken)
    {
        var caller = CallerIdentity.NameOf(request.HttpContext.User);
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        return await check.CanReadAsync(new WorkbookCaller(caller, token), workbookId, cancellationToken) ? null : NotFound(workbookId);
    }

    /// <summary>The answer for a workbook that is missing or that the caller may not read.</summary>
    public static IResult NotFound(string workbookId) => ApiProblems.Status(StatusCodes.Status404NotFound, "No such workbook.",
        $"No workbook '{workbookId}' that you can read is stored here.");
}
