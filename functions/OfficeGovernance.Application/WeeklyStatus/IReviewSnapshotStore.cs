using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>
/// Keeps each week's verdicts of one workbook so the next weekly status can report verdict changes since the last
/// review (docs/rules.md#weekly-status).
/// </summary>
public interface IReviewSnapshotStore
{
    /// <summary>Saves (or replaces) the verdicts of <paramref name="week"/> and the ids over their cap then.</summary>
    Task SaveAsync(IsoWeek week, IReadOnlyDictionary<string, Verdict> verdicts, IReadOnlyCollection<string> overCap, CancellationToken ct);

    /// <summary>The snapshot of the latest week strictly before <paramref name="week"/>; null when none.</summary>
    Task<ReviewSnapshot?> LoadLatestBeforeAsync(IsoWeek week, CancellationToken ct);
}
