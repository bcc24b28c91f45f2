using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>GET /api/status/preview?workbookId=&amp;asOf=</c> (docs/rules.md#weekly-status): the weekly status messages a
/// workbook would get (<see cref="StatusPreview"/>, composed as the weekly run composes them); nothing is sent or
/// recorded.
/// </summary>
public sealed class StatusPreviewHandler(WorkbookEndpoint endpoint, StatusPreview preview)
{
    /// <summary>Handles one request: 200 with the messages, 400 naming the fields or cells, 404 for a workbook the caller cannot read.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? workbookId = request.Query["workbookId"];
        string? asOf = request.Query["asOf"];
        if (await endpoint.RefusalAsync(request, workbookId, cancellationToken) is { } refused)
        {
            return refused;
        }
        if (!ReviewRun.TryParseAsOf(asOf, out var date))
        {
            return ApiProblems.Field("asOf", $"'{asOf}' is not a date in the form yyyy-mm-dd.");
        }
        return await WorkbookEndpoint.AnswerAsync(workbookId!, async () =>
        {
            var draft = await preview.ComposeAsync(workbookId!, date, cancellationToken);
            return TypedResults.Ok(draft.Messages.Select(m => new StatusMessageDocument(m.Recipients, m.Subject, m.Html, m.Text)).ToArray());
        });
    }
}
