using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// The shared opening and closing of the workbook endpoints (docs/rules.md#http-api-contract): the workbook id is
/// checked (400 naming <c>workbookId</c>), then whether the caller can read that workbook (404 otherwise, the same as
/// for a workbook that does not exist); the use case's invalid workbook becomes 400 naming every cell, a workbook gone
/// since the check 404.
/// </summary>
public sealed class WorkbookEndpoint(WorkbookIds ids, WorkbookAccess access)
{
    /// <summary>The 400 or 404 to answer before anything is read, or null when the caller may go on with <paramref name="workbookId"/>.</summary>
    /// <exception cref="InvalidOperationException">The request was not authenticated.</exception>
    public Task<IResult?> RefusalAsync(HttpRequest request, string? workbookId, CancellationToken cancellationToken) =>
        RefusalAsync(request, workbookId, [], cancellationToken);

    /// <summary>
    /// The 400 listing the workbook id's problem first and then <paramref name="fieldErrors"/> (the endpoint's own
    /// fields, each <c>field: message</c>), or the 404, before anything is read; null when the caller may go on. Every
    /// field is checked before access, so a bad request learns all its mistakes in one answer and nothing about the workbook.
    /// </summary>
    /// <exception cref="InvalidOperationException">The request was not authenticated.</exception>
    public async Task<IResult?> RefusalAsync(
        HttpRequest request, string? workbookId, IReadOnlyList<string> fieldErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fieldErrors);
        IReadOnlyList<string> errors = ids.ProblemOf(workbookId) is { } problem ? [$"workbookId: {problem}", .. fieldErrors] : fieldErrors;
        return errors.Count > 0 ? ApiProblems.Fields(errors) : await access.DenialAsync(request, workbookId!, cancellationToken);
    }

    /// <summary>Runs a use case on a workbook, mapping its invalid workbook to 400 and a missing one to 404.</summary>
    /// <param name="workbookId">The workbook, named in the 404.</param>
    /// <param name="run">The use case and the mapping of its result.</param>
    public static async Task<IResult> AnswerAsync(string workbookId, Func<Task<IResult>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return await run();
        }
        catch (WorkbookValidationException e)
        {
            return ApiProblems.Workbook(e.Problems);
        }
        catch (FileNotFoundException)
        {
            return WorkbookAccess.NotFound(workbookId);
        }
    }
}
