using Microsoft.Extensions.Options;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Functions.Mail;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.Reviews;

/// <summary>What the weekly run did with one registered workbook.</summary>
/// <param name="WorkbookId">The workbook (driveId/itemId, or a local file name).</param>
/// <param name="Succeeded">True when the Review tables were saved and every message was sent or had been sent.</param>
/// <param name="Attempts">How many times the workbook was read and reviewed (more than 1 after concurrent edits).</param>
/// <param name="Outcome">The messages sent and skipped; null when the run failed before sending.</param>
/// <param name="Summary">One line for the timer's Logs: what was done, or what failed and why.</param>
public sealed record WeeklyWorkbookResult(
    string WorkbookId, bool Succeeded, int Attempts, WeeklyStatusOutcome? Outcome, string Summary);

/// <summary>
/// The timer's weekly run (PRODUCT.md section 5): for each <c>WeeklyStatus:Workbooks</c> entry, read the workbook and
/// its ETag, review it as of today (workbook time zone), write the Review, PortfolioSummary and DecisionLog tables
/// into it and save it only over the version read; when someone saved in between, read, review and save again (at
/// most <c>WeeklyStatus:MaxAttempts</c> times), so no concurrent edit is lost. Then send the week's emails, each once.
/// One workbook's failure is logged and reported and does not stop the others.
/// </summary>
public sealed class ScheduledWeeklyStatus(
    IOptions<WeeklyStatusOptions> options, IWorkbookSource workbooks, WorkbookDecisionLogs logs,
    IStatusChannels channels, TimeProvider time, ILogger<ScheduledWeeklyStatus> logger)
{
    /// <summary>Runs every registered workbook, in the order registered.</summary>
    /// <returns>One result per workbook.</returns>
    /// <exception cref="OperationCanceledException">The host cancelled the invocation.</exception>
    public async Task<IReadOnlyList<WeeklyWorkbookResult>> RunAsync(CancellationToken cancellationToken)
    {
        var results = new List<WeeklyWorkbookResult>();
        foreach (var id in options.Value.WorkbookIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                results.Add(await RunAsync(id, cancellationToken));
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Reported, not swallowed: the failure is logged with its stack, named in the timer's Logs, and fails
                // the invocation; the other workbooks still get their run.
                logger.LogError(e, "Weekly status of workbook {WorkbookId} failed.", id);
                results.Add(new WeeklyWorkbookResult(id, false, 0, null, $"{id}: failed: {e.GetType().Name}: {e.Message}"));
            }
        }
        return results;
    }

    private async Task<WeeklyWorkbookResult> RunAsync(string id, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            var file = await workbooks.GetAsync(id, cancellationToken);
            var workbook = PortfolioWorkbookFile.Parse(file.Bytes, id);
            var sender = workbook.Settings.SenderMailbox ?? throw new WorkbookValidationException(
                [new ValidationProblem("Settings", "Value", null, null, "SenderMailbox is required for the weekly status.")]);
            var run = await ReviewRun.RunAsync(workbook, logs.Open(id), asOf: null, time, cancellationToken);
            var updated = new WorkbookTableWriter().ReplaceTables(
                file.Bytes, SystemTables.Build(run.Review, run.Decisions), id);
            try
            {
                await workbooks.SaveAsync(id, updated, file.ETag, cancellationToken);
            }
            catch (WorkbookConflictException e) when (attempt < maxAttempts)
            {
                logger.LogInformation("Workbook {WorkbookId} changed while it was reviewed (attempt {Attempt}): {Message}",
                    id, attempt, e.Message);
                continue;
            }

            var channel = channels.For(id);
            var outcome = await new WeeklyStatusRun(channel.Outbox, channel.Snapshots)
                .SendAsync(run, workbook, sender, cancellationToken);
            var retried = attempt > 1 ? $" (attempt {attempt}, after concurrent edits)" : string.Empty;
            return new WeeklyWorkbookResult(id, true, attempt, outcome,
                $"{id}: reviewed {run.Review.Initiatives.Count} initiatives as of {run.Review.AsOf:yyyy-MM-dd} and saved{retried}; "
                + $"{outcome.Week}: {outcome.Sent} email(s) sent, {outcome.AlreadySent} already sent.");
        }
    }
}
