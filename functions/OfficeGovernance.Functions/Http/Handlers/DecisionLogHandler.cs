using Microsoft.Extensions.Options;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// The decision log of a workbook (docs/rules.md#decision-log): <c>GET /api/decisions?workbookId=&amp;after=&amp;limit=</c>
/// lists a page of entries, <c>GET /api/decisions/verify?workbookId=</c> checks the chain (409 when broken). Only a caller who can read
/// the workbook sees either; anyone else gets 404. Both hold the log to the workbook's DecisionLog table (ids,
/// sequences and hashes): list refuses with 400 and verify reports a broken chain (409) naming the first difference.
/// Verify also holds the log to the heads the weekly run anchored outside it (409 naming the anchored sequence, hash and
/// UTC time and what the log has instead; 503 when the configured anchor store cannot be read).
/// </summary>
public sealed class DecisionLogHandler(
    WorkbookEndpoint endpoint, IWorkbookDecisionLogs logs, ILogHeadAnchor anchor, IOptions<DecisionLogOptions> options)
{
    /// <summary>
    /// One page of entries, oldest first: <c>after</c> (a sequence, default 0) and <c>limit</c> (1 to
    /// <c>DecisionLog:PageSize</c>, default that); the whole log is checked against the workbook's copy in the same
    /// streamed pass, and only the page is held.
    /// </summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? workbookId = request.Query["workbookId"];
        var maximum = options.Value.PageSize;
        var errors = new List<string>();
        var after = PagingQuery.After(request.Query["after"], errors);
        var limit = PagingQuery.Limit(request.Query["limit"], maximum, errors);
        if (await endpoint.RefusalAsync(request, workbookId, errors, cancellationToken) is { } refused)
        {
            return refused;
        }
        return await WorkbookEndpoint.AnswerAsync(workbookId!, async () =>
        {
            var (log, copy, _) = await logs.OpenStoredWithCopyAsync(workbookId!, readSettings: false, cancellationToken);
            var page = await DecisionLogReading.ListPageAsync(log, copy, after, limit, cancellationToken);
            return TypedResults.Ok(new DecisionPageDocument(page.Entries.Select(DecisionDocument.Of).ToArray(), page.NextAfter));
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
