namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>Where one workbook's weekly status goes and what it remembers (docs/rules.md#weekly-status).</summary>
/// <param name="Outbox">Sends each message once per recipient group and ISO week.</param>
/// <param name="Snapshots">The verdicts of earlier weeks, for "what changed".</param>
public sealed record StatusChannel(IStatusOutbox Outbox, IReviewSnapshotStore Snapshots);
