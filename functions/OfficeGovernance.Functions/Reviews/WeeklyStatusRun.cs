using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.Mail;

namespace OfficeGovernance.Functions.Reviews;

/// <summary>What a weekly run did.</summary>
/// <param name="Week">The ISO week of the as-of date.</param>
/// <param name="Sent">Messages written now.</param>
/// <param name="AlreadySent">Messages skipped because they were sent earlier in the same week.</param>
public sealed record WeeklyStatusOutcome(IsoWeek Week, int Sent, int AlreadySent);

/// <summary>
/// The weekly status job (PRODUCT.md section 4): composes one message per owner, a leadership digest and a finance
/// digest (the finance model of the as-of month and the month before, from the decisions the hash chain verifies)
/// from a review, sends each once per ISO week, and keeps the week's verdicts so the next week can report what changed.
/// </summary>
public sealed class WeeklyStatusRun(IStatusOutbox outbox, IReviewSnapshotStore snapshots)
{
    /// <summary>Composes and sends this week's status for a review.</summary>
    /// <exception cref="ArgumentException">The sender or a recipient is not a valid address; nothing more is sent.</exception>
    public async Task<WeeklyStatusOutcome> SendAsync(
        ReviewRun run, PortfolioWorkbook workbook, string sender, CancellationToken cancellationToken)
    {
        var settings = workbook.Settings;
        var week = IsoWeek.Of(run.Review.AsOf);
        var previous = await snapshots.LoadLatestBeforeAsync(week, cancellationToken);
        // Decisions since the last reported week, or this week's when there is none, up to the as-of date.
        var from = previous is null ? week.Monday : previous.Week.Monday.AddDays(7);
        var decisions = run.Decisions
            .Where(d => AsOfDate.LocalDate(d.Decision.Timestamp, settings.TimeZone) is var day && day >= from && day <= run.Review.AsOf)
            .ToArray();
        var messages = WeeklyStatusComposer.Compose(new WeeklyStatusInput
        {
            Review = run.Review,
            PreviousVerdicts = previous?.Verdicts,
            Decisions = decisions,
            Settings = settings,
            Finance = FinanceReportBuilder.ForDigest(workbook, run.Decisions, run.Review.AsOf),
            Week = week,
        });

        var sent = 0;
        foreach (var message in messages)
        {
            if (await outbox.SendAsync(message, sender, cancellationToken))
            {
                sent++;
            }
        }
        await snapshots.SaveAsync(week, ReviewSnapshot.VerdictsOf(run.Review), cancellationToken);
        return new WeeklyStatusOutcome(week, sent, messages.Count - sent);
    }
}
