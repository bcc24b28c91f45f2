using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>
/// The status preview of a stored workbook (docs/rules.md#weekly-status): the weekly status messages it would get,
/// composed as the weekly run composes them (<see cref="WeeklyStatusRun.ComposeAsync"/>: the same previous verdicts
/// from the workbook's status channel, the same decisions); nothing is sent or recorded.
/// </summary>
public sealed class StatusPreview(
    IWorkbookSource workbooks, IWorkbookPackage package, IWorkbookDecisionLogs logs, IStatusChannels channels, TimeProvider time)
{
    /// <summary>Reads the stored workbook once, reviews it as of <paramref name="asOf"/> and composes the week's messages.</summary>
    /// <param name="workbookId">The stored workbook; the caller has checked who may read it.</param>
    /// <param name="asOf">The as-of date in the workbook time zone; null for today there.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="FileNotFoundException">No workbook has that id.</exception>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The workbook or its decision log's copy is invalid.</exception>
    public async Task<WeeklyStatusDraft> ComposeAsync(string workbookId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var file = await workbooks.GetAsync(workbookId, cancellationToken);
        var workbook = package.Parse(file.Bytes, workbookId);
        var run = await ReviewRun.RunAsync(workbook, logs.Open(workbookId, workbook.Settings), asOf, time, cancellationToken);
        return await WeeklyStatusRun.ComposeAsync(channels.For(workbookId).Snapshots, run, workbook, cancellationToken);
    }
}
