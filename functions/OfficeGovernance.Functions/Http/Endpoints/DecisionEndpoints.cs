using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Endpoints;

/// <summary>
/// The decision log of a workbook (PRODUCT.md sections 3 and 5): <c>POST /api/decisions</c> records a decision,
/// <c>GET /api/decisions?workbookId=</c> lists the entries, <c>GET /api/decisions/verify?workbookId=</c> checks the chain.
/// </summary>
public static class DecisionEndpoints
{
    /// <summary>Maps the decision endpoints.</summary>
    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/decisions").WithTags("Decisions");
        group.MapPost("", DecisionRecording.RecordAsync).Accepts<DecisionRequest>("application/json").WithName("Decide");
        group.MapGet("", ListAsync).WithName("ListDecisions");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyDecisions");
        return app;
    }

    private static async Task<Results<Ok<DecisionDocument[]>, ProblemHttpResult>> ListAsync(
        string? workbookId, WorkbookIds ids, WorkbookDecisionLogs logs, CancellationToken cancellationToken)
    {
        if (ids.ProblemOf(workbookId) is { } problem)
        {
            return ApiProblems.Field("workbookId", problem);
        }
        var entries = await logs.Open(workbookId!).ReadAllAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(DecisionDocument.Of).ToArray());
    }

    private static async Task<Results<Ok<ChainVerification>, ProblemHttpResult>> VerifyAsync(
        string? workbookId, WorkbookIds ids, WorkbookDecisionLogs logs, CancellationToken cancellationToken)
    {
        if (ids.ProblemOf(workbookId) is { } problem)
        {
            return ApiProblems.Field("workbookId", problem);
        }
        var verification = await logs.Open(workbookId!).VerifyAsync(cancellationToken);
        return verification.IsIntact
            ? TypedResults.Ok(verification)
            : ApiProblems.Status(StatusCodes.Status409Conflict, "The decision chain is broken.", verification.Message,
                new Dictionary<string, object?>
                {
                    ["firstBrokenSequence"] = verification.FirstBrokenSequence,
                    ["firstBrokenDecisionId"] = verification.FirstBrokenDecisionId,
                    ["entryCount"] = verification.EntryCount,
                });
    }
}
