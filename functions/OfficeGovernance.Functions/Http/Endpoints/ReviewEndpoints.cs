using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Cli;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Functions.Reviews;

namespace OfficeGovernance.Functions.Http.Endpoints;

/// <summary>The review request as JSON: the workbook's id (for its decision log), an optional yyyy-mm-dd date, and its tables.</summary>
/// <param name="WorkbookId">The workbook's id; its decision log is the one reviewed against.</param>
/// <param name="AsOf">The as-of date, yyyy-mm-dd in the workbook time zone; default today there.</param>
/// <param name="Tables">The workbook's input tables as the add-in reads them.</param>
public sealed record ReviewRequest(string? WorkbookId, string? AsOf, IReadOnlyList<TableJson>? Tables);

/// <summary><c>POST /api/review</c> (PRODUCT.md section 5): the review JSON of <c>review --format json</c>.</summary>
public static class ReviewEndpoints
{
    /// <summary>The media type of an .xlsx body.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Maps the review endpoint.</summary>
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/review", ReviewAsync)
            // One Accepts: the router matches content types against the last one declared.
            .Accepts<ReviewRequest>("application/json", XlsxMediaType)
            .WithName("Review")
            .WithSummary("Reviews a workbook given as its tables (JSON) or as an .xlsx body with ?workbookId=.");
        return app;
    }

    private static async Task<Results<Ok<ReviewDocument>, ProblemHttpResult>> ReviewAsync(
        HttpRequest request, string? workbookId, string? asOf, WorkbookIds ids, WorkbookDecisionLogs logs, TimeProvider time,
        CancellationToken cancellationToken)
    {
        string? id = workbookId;
        string? day = asOf;
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
        if (ids.ProblemOf(id) is { } idProblem)
        {
            return ApiProblems.Field("workbookId", idProblem);
        }
        if (!ReviewRun.TryParseAsOf(day, out var date))
        {
            return ApiProblems.Field("asOf", $"'{day}' is not a date in the form yyyy-mm-dd.");
        }
        try
        {
            var workbook = xlsx is not null
                ? PortfolioWorkbookFile.Parse(xlsx, id!)
                : PortfolioParser.Parse(TablesJson.ToTableData(tables));
            var (review, _) = await ReviewRun.RunAsync(workbook, logs.Open(id!), date, time, cancellationToken);
            return TypedResults.Ok(ReviewJson.ToDocument(review));
        }
        catch (WorkbookValidationException e)
        {
            return ApiProblems.Workbook(e.Problems);
        }
    }
}
