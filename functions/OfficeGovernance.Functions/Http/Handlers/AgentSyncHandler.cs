using Microsoft.Extensions.Options;
using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Application;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.AgentSync;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>POST /api/agents/sync</c> (docs/rules.md#workbook-contract): syncs the stored workbook's Agents table from
/// Microsoft Entra Agent ID (read with the app's own Graph identity, AgentIdentity.Read.All) and saves it only over the
/// version read (<see cref="AgentSyncRun"/>). 200 with <see cref="AgentSyncDocument"/>; 400 naming the field or cells
/// (nothing written); 404 for a workbook the caller cannot read; 409 when it kept changing while synced.
/// </summary>
public sealed class AgentSyncHandler(
    WorkbookIds ids, WorkbookEndpoint endpoint, IWorkbookSource workbooks, AgentSyncRun run, GuidSource guids,
    IOptions<WeeklyStatusOptions> options)
{
    /// <summary>Handles one request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadJsonAsync<AgentSyncRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        // The id as sent is checked first (a trailing control character is refused, not trimmed away), as the tests
        // pin; the shared opening then checks access to the trimmed id, the one synced.
        if (ids.ProblemOf(body!.WorkbookId) is { } idProblem)
        {
            return ApiProblems.Field("workbookId", idProblem);
        }
        var id = body.WorkbookId!.Trim();
        if (await endpoint.RefusalAsync(request, id, cancellationToken) is { } refused)
        {
            return refused;
        }
        try
        {
            return await WorkbookEndpoint.AnswerAsync(id, async () => TypedResults.Ok(AgentSyncDocument.From(
                await run.SyncStoredAsync(workbooks, id, options.Value.MaxAttempts, guids.NewGuid, cancellationToken))));
        }
        catch (WorkbookConflictException e)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The workbook kept changing.", e.Message);
        }
    }
}
