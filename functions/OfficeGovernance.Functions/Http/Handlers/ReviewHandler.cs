using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>POST /api/review</c> (docs/rules.md#http-api-contract): the review JSON of <c>review --format json</c>, for the tables as
/// JSON or an .xlsx body with <c>?workbookId=</c>. The workbook's decision log is read only for a caller who can read
/// that workbook (<see cref="WorkbookAccess"/>); anyone else gets 404.
/// </summary>
public sealed class ReviewHandler(WorkbookEndpoint endpoint, IWorkbookDecisionLogs logs, TimeProvider time)
{
    /// <summary>The media type of an .xlsx body.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Handles one request: 200 with the review, 400 naming fields or cells, 404 for a workbook the caller cannot read.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var large = await LargeBodyGate.EnterAsync(request, cancellationToken);
        string? id = request.Query["workbookId"];
        string? day = request.Query["asOf"];
        IReadOnlyList<TableJson>? tables = null;
        byte[]? xlsx = null;
        if (string.Equals(request.ContentType?.Split(';')[0].Trim(), XlsxMediaType, StringComparison.OrdinalIgnoreCase))
        {
            xlsx = await RequestBody.ReadBytesAsync(request, cancellationToken);
        }
        else
        {
            var (body, problem) = await RequestBody.ReadJsonAsync<ReviewRequest>(request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }
            (id, day, tables) = (body!.WorkbookId ?? id, body.AsOf ?? day, body.Tables);
        }
        IReadOnlyList<string> dayProblem = ReviewRun.TryParseAsOf(day, out var date) ? [] : [$"asOf: '{day}' is not a date in the form yyyy-mm-dd."];
        if (await endpoint.RefusalAsync(request, id, dayProblem, cancellationToken) is { } refused)
        {
            return refused;
        }
        return await WorkbookEndpoint.AnswerAsync(id!, async () =>
        {
            var workbook = xlsx is not null
                ? PortfolioWorkbookFile.Parse(xlsx, id!)
                : PortfolioParser.Parse(TablesJson.ToTableData(tables));
            // The posted WorkbookId is only a claim, confirmed by the binding record or replaced by the stored one.
            var log = await logs.OpenStoredAsync(id!, workbook.Settings.WorkbookId, cancellationToken);
            var (review, _) = await ReviewRun.RunAsync(workbook, log, date, time, cancellationToken);
            return TypedResults.Ok(ReviewJson.ToDocument(review, withSheet: true));
        });
    }
}
