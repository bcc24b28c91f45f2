namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>What the weekly run did with one registered workbook.</summary>
/// <param name="WorkbookId">The workbook (driveId/itemId, or a local file name).</param>
/// <param name="Succeeded">True when the Review tables were saved and every message was sent or had been sent.</param>
/// <param name="Attempts">How many times the workbook was read and reviewed (more than 1 after concurrent edits).</param>
/// <param name="Outcome">The messages sent and skipped; null when the run failed before sending.</param>
/// <param name="Summary">One line for the timer's Logs: what was done, or what failed and why.</param>
public sealed record WeeklyWorkbookResult(
    string WorkbookId, bool Succeeded, int Attempts, WeeklyStatusOutcome? Outcome, string Summary);
