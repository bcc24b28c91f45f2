using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>
/// The weekly status job (docs/rules.md#weekly-status): composes one message per owner, a leadership digest and a finance
/// digest (the finance model of the as-of month and the month before, from the decisions the hash chain verifies)
/// from a review, sends each once per ISO week, and keeps the week's verdicts and over-cap ids so the next week can report what changed (new overruns too).
/// The status preview is <see cref="ComposeAsync"/> alone: the same inputs, nothing sent and nothing kept.
/// </summary>
public sealed class WeeklyStatusRun(IStatusOutbox outbox, IReviewSnapshotStore snapshots)
{
    /// <summary>
    /// Composes this week's status for a review exactly as <see cref="SendAsync"/> would send it: "what changed"
    /// against the latest verdicts <paramref name="snapshots"/> kept before this week, and the decisions since the
    /// week after that one (this week's when there is none), up to the as-of date in the workbook time zone.
    /// Reads <paramref name="snapshots"/> only.
    /// </summary>
    public static async Task<WeeklyStatusDraft> ComposeAsync(
        IReviewSnapshotStore snapshots, ReviewRun run, PortfolioWorkbook workbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(workbook);
        var settings = workbook.Settings;
        var week = IsoWeek.Of(run.Review.AsOf);
        var previous = await snapshots.LoadLatestBeforeAsync(week, cancellationToken);
        var from = previous is null ? week.Monday : previous.Week.Monday.AddDays(7);
        var decisions = run.Decisions
            .Where(d => AsOfDate.LocalDate(d.Decision.Timestamp, settings.TimeZone) is var day && day >= from && day <= run.Review.AsOf)
            .ToArray();
        var messages = WeeklyStatusComposer.Compose(new WeeklyStatusInput
        {
            Review = run.Review,
            PreviousVerdicts = previous?.Verdicts,
            PreviousOverCap = previous?.OverCap,
            Decisions = decisions,
            Settings = settings,
            Finance = FinanceReportBuilder.ForDigest(workbook, run.Decisions, run.Review.AsOf),
            Week = week,
            LogHead = LogHead.Of(run.Decisions),
        });
        return new WeeklyStatusDraft(week, messages);
    }

    /// <summary>Composes (<see cref="ComposeAsync"/>) and sends this week's status for a review, then keeps its verdicts.</summary>
    /// <exception cref="ArgumentException">The sender or a recipient is not a valid address; nothing more is sent.</exception>
    public async Task<WeeklyStatusOutcome> SendAsync(
        ReviewRun run, PortfolioWorkbook workbook, string sender, CancellationToken cancellationToken)
    {
        var draft = await ComposeAsync(snapshots, run, workbook, cancellationToken);
        var sent = 0;
        foreach (var message in draft.Messages)
        {
            if (await outbox.SendAsync(message, sender, cancellationToken))
            {
                sent++;
            }
        }
        await snapshots.SaveAsync(
            draft.Week, ReviewSnapshot.VerdictsOf(run.Review), ReviewSnapshot.OverCapOf(run.Review), cancellationToken);
        return new WeeklyStatusOutcome(draft.Week, sent, draft.Messages.Count - sent);
    }
}
