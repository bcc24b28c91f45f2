using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>
/// The week's weekly status messages as composed, before anything is sent: what the weekly run sends and what the
/// status preview shows, from the same composition (<see cref="WeeklyStatusRun.ComposeAsync"/>).
/// </summary>
/// <param name="Week">The ISO week of the as-of date.</param>
/// <param name="Messages">One per owner, the leadership digest and the finance digest, as they would be sent.</param>
public sealed record WeeklyStatusDraft(IsoWeek Week, IReadOnlyList<StatusMessage> Messages);
