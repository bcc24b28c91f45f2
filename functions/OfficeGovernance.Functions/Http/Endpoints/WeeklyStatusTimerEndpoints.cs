using System.Net;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Reviews;

namespace OfficeGovernance.Functions.Http.Endpoints;

/// <summary>
/// <c>POST /WeeklyStatus</c>: the timer function's trigger route (PRODUCT.md section 5). The Functions host calls it
/// over loopback with the invocation payload when <c>WeeklyStatus:Schedule</c> fires; it runs
/// <see cref="ScheduledWeeklyStatus"/> and answers <see cref="TimerInvocationResponse"/>, 200 when every workbook
/// succeeded and 500 (same body, the failures named in Logs) when one did not, so the host records a failed
/// invocation. Any caller that is not loopback gets 403: no token guards this route, the network position does.
/// </summary>
public static class WeeklyStatusTimerEndpoints
{
    /// <summary>The route the host posts to: the function's folder name.</summary>
    public const string Route = "/WeeklyStatus";

    /// <summary>Maps the trigger route.</summary>
    public static IEndpointRouteBuilder MapWeeklyStatusTimer(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, RunAsync).AllowAnonymous().ExcludeFromDescription().WithName("WeeklyStatusTimer");
        return app;
    }

    private static async Task<IResult> RunAsync(HttpContext context, ScheduledWeeklyStatus weekly, CancellationToken cancellationToken)
    {
        if (context.Connection.RemoteIpAddress is not { } caller || !IPAddress.IsLoopback(caller))
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "Trigger routes answer the Functions host only.",
                "POST /WeeklyStatus is called by the Azure Functions host over loopback.");
        }
        var logs = new List<string>(await TimerInvocationPayload.DescribeAsync(context.Request, cancellationToken));
        var results = await weekly.RunAsync(cancellationToken);
        logs.AddRange(results.Select(r => r.Summary));
        if (results.Count == 0)
        {
            logs.Add("No workbooks are registered (WeeklyStatus:Workbooks is empty): nothing to do.");
        }
        var failed = results.Count(r => !r.Succeeded);
        if (failed > 0)
        {
            logs.Add($"{failed} of {results.Count} workbook(s) failed.");
        }
        return TypedResults.Json(
            new TimerInvocationResponse(new Dictionary<string, object?>(), logs, null),
            statusCode: failed > 0 ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK);
    }
}
