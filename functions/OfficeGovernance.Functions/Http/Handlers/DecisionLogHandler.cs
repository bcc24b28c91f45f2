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
/// Verify also holds the log to the heads the weekly run anchored outside it (409 naming the anchored sequence, hash and
/// UTC time and what the log has instead; 503 when the configured anchor store cannot be read).
/// </summary>
public sealed class DecisionLogHandler(WorkbookEndpoint endpoint, IWorkbookDecisionLogs logs, ILogHeadAnchor anchor)
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
            var (log, copy, _) = await logs.OpenStoredWithCopyAsync(workbookId!, readSettings: false, cancellationToken);
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
            var (log, copy, anchorKey) = await logs.OpenStoredWithCopyAsync(workbookId!, anchor.Store is not null, cancellationToken);
            var (verification, differences, anchored) = await DecisionLogReading.VerifyAsync(log, () => copy, anchor, anchorKey, cancellationToken);
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
                        ["anchor"] = verification.Anchor,
                        // The anchored head the log disagrees with, and what the log has instead.
                        ["anchoredSequence"] = anchored?.Broken?.Head.Sequence,
                        ["anchoredHash"] = anchored?.Broken?.Head.Hash,
                        ["anchoredAt"] = anchored?.Broken?.AnchoredAt.UtcDateTime,
                        ["logHas"] = anchored?.LogHas,
                    });
        });
    }
}
