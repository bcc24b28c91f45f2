using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>
/// The weekly run of one registered workbook (docs/rules.md#weekly-status), what one <c>weekly-status</c> queue message
/// asks for: read the workbook and its ETag once (<see cref="WorkbookRoundTrip"/>), review it as of today (workbook
/// time zone), write the Review, PortfolioSummary and DecisionLog tables into it (with its WorkbookId when a shared log
/// needs one) and save it once, in one upload, only over the version read; when someone saved in between, read,
/// review and save again (at most <c>WeeklyStatus:MaxAttempts</c> times), so no concurrent edit is lost. Then send the week's emails, each once.
/// A failure throws, so the queue retries the message and parks it in the poison queue after five tries; the other
/// workbooks' messages go on. With <c>WeeklyStatus:SyncAgents</c>, the workbook's Agents table is first synced from
/// Entra Agent ID (<see cref="AgentSyncRun"/>, its own save), and the review reads the synced version.
/// </summary>
public sealed class ScheduledWeeklyStatus(
    IOptions<WeeklyStatusOptions> options, IWorkbookSource workbooks, IWorkbookPackage package, IWorkbookDecisionLogs logs,
    IStatusChannels channels, TimeProvider time, GuidSource guids, ILogger<ScheduledWeeklyStatus> logger,
    AgentSyncRun agentSync, ILogHeadAnchor anchor)
{
    /// <summary>
    /// The weekly run of one workbook (what one queue message asks for): read with its ETag, review as of today in its
    /// time zone, write the Review tables and save only over that version (re-read on a concurrent edit, at most
    /// <c>WeeklyStatus:MaxAttempts</c> times), then send the week's emails, each once per ISO week.
    /// </summary>
    /// <exception cref="WorkbookValidationException">The workbook is invalid or names no SenderMailbox.</exception>
    /// <exception cref="WorkbookConflictException">It kept changing for every attempt; nothing was saved or sent.</exception>
    /// <exception cref="FileNotFoundException">No workbook has that id.</exception>
    public async Task<WeeklyWorkbookResult> RunOneAsync(string id, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxAttempts;
        var synced = string.Empty;
        if (options.Value.SyncAgents)
        {
            var sync = await agentSync.SyncStoredAsync(workbooks, id, maxAttempts, guids.NewGuid, cancellationToken);
            foreach (var line in AgentSyncText.Lines(sync))
            {
                logger.LogInformation("{Line}", line);
            }
            synced = $"agents: {sync.Plan.Summary} ";
        }
        for (var attempt = 1; ; attempt++)
        {
            var trip = await WorkbookRoundTrip.OpenAsync(workbooks, package, id, id, cancellationToken);
            var workbook = trip.Workbook;
            var sender = workbook.Settings.SenderMailbox ?? throw new WorkbookValidationException(
                [new ValidationProblem("Settings", "Value", null, null, "SenderMailbox is required for the weekly status.")]);
            if (logs.IsShared && workbook.Settings.WorkbookId is null)
            {
                // The shared log is keyed by Settings.WorkbookId, written once by the system: in this same save.
                var workbookId = trip.GiveWorkbookId(guids.NewGuid);
                workbook = workbook with { Settings = workbook.Settings with { WorkbookId = workbookId } };
            }
            var run = await ReviewRun.RunAsync(workbook, logs.Open(id, workbook.Settings), asOf: null, time, cancellationToken);
            trip.ReplaceTables(SystemTables.Build(run.Review, run.Decisions));
            try
            {
                // One upload: the WorkbookId (when given) and the Review, PortfolioSummary and DecisionLog tables.
                await trip.SaveAsync(cancellationToken);
            }
            catch (WorkbookConflictException e) when (attempt < maxAttempts)
            {
                logger.LogInformation("Workbook {WorkbookId} changed while it was reviewed (attempt {Attempt}): {Message}",
                    id, attempt, e.Message);
                continue;
            }

            // The head the digest states, also appended where nobody can change it (docs/rules.md#decision-log).
            await anchor.AppendAsync(new LogHeadAnchor(workbook.Settings.WorkbookId?.ToString() ?? id,
                LogHead.Of(run.Decisions), time.GetUtcNow()), cancellationToken);
            var channel = channels.For(id);
            var outcome = await new WeeklyStatusRun(channel.Outbox, channel.Snapshots)
                .SendAsync(run, workbook, sender, cancellationToken);
            var retried = attempt > 1 ? $" (attempt {attempt}, after concurrent edits)" : string.Empty;
            return new WeeklyWorkbookResult(id, true, attempt, outcome,
                $"{id}: {synced}reviewed {run.Review.Initiatives.Count} initiatives as of {run.Review.AsOf:yyyy-MM-dd} and saved{retried}; "
                + $"{outcome.Week}: {outcome.Sent} email(s) sent, {outcome.AlreadySent} already sent.");
        }
    }
}
