using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Kill-or-merge candidates (PRODUCT.md section 2). Eligible: Status Active, Stage neither Idea nor Retired, and a
/// verdict other than Expand. Value = share of metrics at Success / month-to-date spend (an initiative with no spend
/// ranks best). The bottom floor(n x 0.2) of the eligible by value (ties keep portfolio order), plus every eligible
/// one with no measurable success (no metrics or no SuccessMetric), listed in portfolio order without duplicates.
/// </summary>
public static class KillOrMergeSelector
{
    /// <summary>The candidates with their figures, in the order of <paramref name="reviews"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> is null.</exception>
    public static IReadOnlyList<KillOrMergeCandidate> Select(IReadOnlyList<InitiativeReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var eligible = reviews
            .Select((review, index) => (review, index))
            .Where(r => r.review.Initiative.Status == InitiativeStatus.Active &&
                        r.review.Initiative.Stage is not (Stage.Idea or Stage.Retired) &&
                        r.review.Verdict != Verdict.Expand)
            .ToArray();
        var bottomCount = eligible.Length / 5;
        var bottom = eligible.OrderBy(r => Value(r.review)).ThenBy(r => r.index).Take(bottomCount)
            .Select(r => r.index).ToHashSet();
        return eligible
            .Where(r => bottom.Contains(r.index) || !MeasurableSuccess(r.review))
            .Select(r => Candidate(r.review, bottom.Contains(r.index)))
            .ToArray();
    }

    /// <summary>Share of metrics at Success per unit of month-to-date spend; +infinity when nothing was spent.</summary>
    public static double Value(InitiativeReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.Spend.MonthToDate <= 0)
        {
            return double.PositiveInfinity;
        }
        var share = review.Metrics.Count == 0
            ? 0d
            : (double)review.Metrics.Count(m => m.State == MetricState.Success) / review.Metrics.Count;
        return share / (double)review.Spend.MonthToDate;
    }

    private static KillOrMergeCandidate Candidate(InitiativeReview review, bool inBottom)
    {
        var value = Value(review);
        return new KillOrMergeCandidate(
            review.Initiative.Id,
            review.Metrics.Count(m => m.State == MetricState.Success),
            review.Metrics.Count,
            review.Spend.MonthToDate,
            double.IsPositiveInfinity(value) ? null : value,
            inBottom,
            !MeasurableSuccess(review));
    }

    private static bool MeasurableSuccess(InitiativeReview review) =>
        review.Metrics.Count > 0 && !string.IsNullOrWhiteSpace(review.Initiative.SuccessMetric);
}
