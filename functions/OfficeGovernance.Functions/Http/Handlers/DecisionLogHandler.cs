using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// The decision log of a workbook (docs/rules.md#decision-log): <c>GET /api/decisions?workbookId=</c> lists the
/// entries, <c>GET /api/decisions/verify?workbookId=</c> checks the chain (409 when broken). Only a caller who can read
/// the workbook sees either; anyone else gets 404. Both hold the log to the workbook's DecisionLog table (ids,
/// sequences and hashes): list refuses with 400 and verify reports a broken chain (409) naming the first difference.
/// </summary>
public sealed class DecisionLogHandler(WorkbookEndpoint endpoint, IWorkbookDecisionLogs logs)
{
    /// <summary>The entries, oldest first.</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? workbookId = request.Query["workbookId"];
        if (await endpoint.RefusalAsync(request, workbookId, cancellationToken) is { } refused)
        {
            return refused;
        }
        return await WorkbookEndpoint.AnswerAsync(workbookId!, async () =>
        {
            var (log, copy) = await logs.OpenStoredWithCopyAsync(workbookId!, cancellationToken);
            var entries = await DecisionLogReading.ListAsync(log, () => copy, cancellationToken);
            return TypedResults.Ok(entries.Select(DecisionDocument.Of).ToArray());
        });
    }

    /// <summary>The chain's verification: 200 when intact, 409 naming the first broken entry.</summary>
    public async Task<IResult> VerifyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? workbookId = request.Query["workbookId"];
        if (await endpoint.RefusalAsync(request, workbookId, cancellationToken) is { } refused)
        {
            return refused;
        }
        return await WorkbookEndpoint.AnswerAsync(workbookId!, async () =>
        {
            var (log, copy) = await logs.OpenStoredWithCopyAsync(workbookId!, cancellationToken);
            var (verification, differences) = await DecisionLogReading.VerifyAsync(log, () => copy, cancellationToken);
            if (differences.Count > 0)
            {
                // The log's end is anchored in the workbook's copy: shorter or different than what it saw is broken.
                verification = verification with
                {
                    IsIntact = false,
                    Message = $"{differences[0]} ({differences.Count} difference(s) with the workbook's DecisionLog table).",
                };
            }
            return verification.IsIntact
                ? TypedResults.Ok(verification)
                : ApiProblems.Status(StatusCodes.Status409Conflict, "The decision chain is broken.", verification.Message,
                    new Dictionary<string, object?>
                    {
                        ["firstBrokenSequence"] = verification.FirstBrokenSequence,
                        ["firstBrokenDecisionId"] = verification.FirstBrokenDecisionId,
                        ["entryCount"] = verification.EntryCount,
                    });
        });
    }
}
