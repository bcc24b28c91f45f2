using OfficeGovernance.Application.Workbooks.Registry;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks.Registry;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>POST /api/workbooks</c> (docs/rules.md#weekly-status): registers a workbook the caller can read for the weekly run,
/// by the caller (the token's identity). 201 when registered now, 200 with the first registration when it already
/// was (nothing is written twice), 404 for a workbook the caller cannot read, 400 naming the field.
/// </summary>
public sealed class WorkbookRegistrationHandler(WorkbookIds ids, WorkbookEndpoint endpoint, WorkbookRegistrations registrations)
{
    /// <summary>Handles one request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadJsonAsync<WorkbookRegistrationRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        // The id's own problem first, then its length, then access (the shared opening), as the tests pin: an id that
        // is both malformed and long is told it is malformed, and the access check sees the trimmed id it registers.
        if (ids.ProblemOf(body!.WorkbookId) is { } idProblem)
        {
            return ApiProblems.Field("workbookId", idProblem);
        }
        var id = body.WorkbookId!.Trim();
        IReadOnlyList<string> tooLong = id.Length > WorkbookRegistrationRules.MaxWorkbookIdLength
            ? [$"workbookId: is longer than {WorkbookRegistrationRules.MaxWorkbookIdLength} characters."]
            : [];
        if (await endpoint.RefusalAsync(request, id, tooLong, cancellationToken) is { } refused)
        {
            return refused;
        }
        var result = await registrations.RegisterAsync(id, CallerIdentity.NameOf(request.HttpContext.User), cancellationToken);
        var document = new WorkbookRegistrationDocument(result.Registration.WorkbookId, result.Registration.RegisteredBy,
            result.Registration.RegisteredAt, result.Created);
        return result.Created
            ? TypedResults.Created($"/api/workbooks/{Uri.EscapeDataString(id)}", document)
            : TypedResults.Ok(document);
    }
}
