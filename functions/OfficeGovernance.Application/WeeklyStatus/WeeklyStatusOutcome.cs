using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>What a weekly run did.</summary>
/// <param name="Week">The ISO week of the as-of date.</param>
/// <param name="Sent">Messages written now.</param>
/// <param name="AlreadySent">Messages skipped because they were sent earlier in the same week.</param>
public sealed record WeeklyStatusOutcome(IsoWeek Week, int Sent, int AlreadySent);
