using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>The verdicts of the review that ran for an ISO week, and which initiatives were over their cap.</summary>
/// <param name="Week">The week.</param>
/// <param name="Verdicts">Verdicts by initiative id (case-insensitive keys).</param>
/// <param name="OverCap">The ids of the initiatives over their cap that week; null for a snapshot kept before the
/// over-cap state was recorded (so the digest calls no overrun new on unknown evidence).</param>
public sealed record ReviewSnapshot(IsoWeek Week, IReadOnlyDictionary<string, Verdict> Verdicts, IReadOnlyCollection<string>? OverCap)
{
    /// <summary>The ids of a review's initiatives that are over their cap (docs/rules.md#spend), in id order.</summary>
    public static IReadOnlyCollection<string> OverCapOf(PortfolioReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Initiatives.Where(r => r.Spend.OverCap).Select(r => r.Initiative.Id)
            .Order(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>The verdicts of a review by initiative id.</summary>
    /// <exception cref="ArgumentException">Two initiatives share an id (case-insensitively).</exception>
    public static IReadOnlyDictionary<string, Verdict> VerdictsOf(PortfolioReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Initiatives.ToDictionary(r => r.Initiative.Id, r => r.Verdict, StringComparer.OrdinalIgnoreCase);
    }
}
