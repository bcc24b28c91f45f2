using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Functions.Mail;
using OfficeGovernance.Functions.Reviews;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>One weekly status message as it would be sent.</summary>
/// <param name="Recipients">The addresses it goes to.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Html">The HTML body.</param>
/// <param name="Text">The plain-text alternative.</param>
public sealed record StatusMessageDocument(IReadOnlyList<string> Recipients, string Subject, string Html, string Text);

/// <summary>
/// <c>GET /api/status/preview?workbookId=&amp;asOf=</c> (PRODUCT.md sections 4 and 5): the weekly status messages a
/// workbook would get, composed as the weekly run composes them (<see cref="WeeklyStatusRun.ComposeAsync"/>: the same
/// previous verdicts from the workbook's status channel, the same decisions); nothing is sent or recorded.
/// </summary>
public sealed class StatusPreviewHandler(
    WorkbookIds ids, WorkbookAccess access, IWorkbookSource workbooks, WorkbookDecisionLogs logs, IStatusChannels channels,
    TimeProvider time)
{
    /// <summary>Handles one request: 200 with the messages, 400 naming the fields or cells, 404 for a workbook the caller cannot read.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? workbookId = request.Query["workbookId"];
        string? asOf = request.Query["asOf"];
        if (ids.ProblemOf(workbookId) is { } idProblem)
        {
            return ApiProblems.Field("workbookId", idProblem);
        }
        if (await access.DenialAsync(request, workbookId!, cancellationToken) is { } denied)
        {
            return denied;
        }
        if (!ReviewRun.TryParseAsOf(asOf, out var date))
        {
            return ApiProblems.Field("asOf", $"'{asOf}' is not a date in the form yyyy-mm-dd.");
        }
        WorkbookFile file;
        try
        {
            file = await workbooks.GetAsync(workbookId!, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return WorkbookAccess.NotFound(workbookId!);
        }
        try
        {
            var workbook = PortfolioWorkbookFile.Parse(file.Bytes, workbookId!);
            var run = await ReviewRun.RunAsync(workbook, logs.Open(workbookId!, workbook.Settings), date, time, cancellationToken);
            var draft = await WeeklyStatusRun.ComposeAsync(channels.For(workbookId!).Snapshots, run, workbook, cancellationToken);
            return TypedResults.Ok(draft.Messages.Select(m => new StatusMessageDocument(m.Recipients, m.Subject, m.Html, m.Text)).ToArray());
        }
        catch (WorkbookValidationException e)
        {
            return ApiProblems.Workbook(e.Problems);
        }
    }
}
