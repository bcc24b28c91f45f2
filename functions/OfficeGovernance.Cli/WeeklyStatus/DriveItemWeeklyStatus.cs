using Azure.Identity;
using Azure;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.WeeklyStatus;

/// <summary>
/// <c>weekly-status --drive-item driveId/itemId</c> (issue #9): the Monday run of one workbook through Graph, with
/// the function app's settings, for an operator rerunning it by hand after a failed Monday. The same
/// <see cref="OfficeGovernance.Application.WeeklyStatus.ScheduledWeeklyStatus.RunOneAsync"/> the queue function calls:
/// review as of today in the workbook's time zone, save the Review tables over the version read, send the week's
/// emails, each once per ISO week.
/// </summary>
internal static class DriveItemWeeklyStatus
{
    /// <summary>
    /// The problem with <paramref name="value"/> as a <c>--drive-item</c>, or null when it is <c>driveId/itemId</c>.
    /// </summary>
    public static string? ProblemOf(string? value) =>
        WorkbookId.ProblemOf(value) is { } problem ? $"--drive-item: {problem}"
        : !WorkbookId.TrySplitDriveItem(value!, out _, out _)
            ? $"--drive-item '{value}' must be driveId/itemId: the drive's id, a slash, the workbook's item id."
        : null;

    /// <summary>
    /// Runs the week for <paramref name="driveItem"/>: 0 when it succeeded, with the summary and the counts on stdout;
    /// 2 when a setting is missing or wrong (each named on stderr); 1 when the run failed (why on stderr).
    /// </summary>
    public static async Task<int> RunAsync(CliContext context, string driveItem, CancellationToken cancellationToken)
    {
        GraphWeeklyStatusHost host;
        try
        {
            host = GraphWeeklyStatusHost.Create(context);
        }
        catch (WeeklyStatusSettingsException invalid)
        {
            foreach (var problem in invalid.Problems)
            {
                await context.Error.WriteLineAsync(problem);
            }
            await context.Error.WriteLineAsync($"{invalid.Problems.Count} setting problem(s); nothing was read or sent.");
            return ExitCodes.InvalidInput;
        }

        using (host)
        {
            try
            {
                var result = await host.Weekly.RunOneAsync(driveItem, cancellationToken);
                if (!result.Succeeded)
                {
                    await context.Error.WriteLineAsync(result.Summary);
                    return ExitCodes.Failure;
                }
                await context.Out.WriteLineAsync(result.Summary);
                await context.Out.WriteLineAsync(
                    $"Emails sent: {result.Outcome?.Sent ?? 0}; already sent this week: {result.Outcome?.AlreadySent ?? 0}.");
                return ExitCodes.Done;
            }
            catch (Exception failed) when (failed is WorkbookConflictException or ApiException or RequestFailedException
                                               or AuthenticationFailedException or HttpRequestException)
            {
                await context.Error.WriteLineAsync($"{driveItem}: the weekly run failed: {Describe(failed)}");
                return ExitCodes.Failure;
            }
        }
    }

    private static string Describe(Exception failed) => failed switch
    {
        ApiException graph => $"Graph answered {graph.ResponseStatusCode}: {graph.Message}",
        RequestFailedException storage => $"Table Storage answered {storage.Status}: {storage.Message}",
        _ => failed.Message,
    };
}
