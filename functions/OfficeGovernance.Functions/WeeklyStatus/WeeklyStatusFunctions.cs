using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using OfficeGovernance.Application.WeeklyStatus;

namespace OfficeGovernance.Functions.WeeklyStatus;

/// <summary>
/// The weekly status (docs/rules.md#weekly-status): the timer <see cref="WeeklyStatus"/> on
/// <c>%WeeklyStatus:Schedule%</c> only enqueues one message per registered workbook; <see cref="WeeklyStatusWorkbook"/>
/// runs one workbook per message. A message whose run throws is retried and, after
/// <see cref="WeeklyStatusQueue.MaxDequeueCount"/> tries, lands in the poison queue; the others go on.
/// </summary>
public sealed class WeeklyStatusFunctions(
    RegisteredWorkbooks registered, ScheduledWeeklyStatus weekly, ILogger<WeeklyStatusFunctions> logger)
{
    /// <summary>Enqueues the id of every registered workbook, each once.</summary>
    /// <returns>The queue messages: one workbook id each.</returns>
    [Function(nameof(WeeklyStatus))]
    [QueueOutput(WeeklyStatusQueue.Name, Connection = WeeklyStatusQueue.Connection)]
    public async Task<string[]> WeeklyStatus([TimerTrigger("%WeeklyStatus:Schedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var ids = await registered.ListAsync(cancellationToken);
        logger.LogInformation("Weekly status: {Count} workbook(s) enqueued{Late}.", ids.Count,
            timer.IsPastDue ? " (the run is past due)" : string.Empty);
        return ids.ToArray();
    }

    /// <summary>Runs the weekly status of the workbook the message names; throws on failure so the queue retries it.</summary>
    [Function(nameof(WeeklyStatusWorkbook))]
    public async Task WeeklyStatusWorkbook(
        [QueueTrigger(WeeklyStatusQueue.Name, Connection = WeeklyStatusQueue.Connection)] string workbookId,
        CancellationToken cancellationToken)
    {
        var result = await weekly.RunOneAsync(workbookId.Trim(), cancellationToken);
        logger.LogInformation("{Summary}", result.Summary);
    }
}
