using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Kill-or-merge candidates (docs/rules.md#kill-or-merge). The pool: Status Active, Stage neither Idea nor Retired, and a
/// verdict other than Expand. Value = share of metrics at Success / month-to-date spend (an initiative with no spend
/// ranks best). Ranked from the lowest value: those with no measurable success (no metrics or no SuccessMetric)
/// first, then by value; ties (such as two with no spend, both of unbounded value) by the lower share of metrics at
/// Success, then by higher month-to-date spend first, then portfolio order. At most the bottom 20% of the
/// pool, rounded up, are listed, worst first; an initiative whose metrics all succeed is never listed (its place is
/// not given to another).
/// </summary>
public static class KillOrMergeSelector
{
    /// <summary>The candidates with their figures, worst first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> is null.</exception>
    public static IReadOnlyList<KillOrMergeCandidate> Select(IReadOnlyList<InitiativeReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var pool = reviews
            .Select((review, index) => (review, index))
            .Where(r => r.review.Initiative.Status == InitiativeStatus.Active &&
                        r.review.Initiative.Stage is not (Stage.Idea or Stage.Retired) &&
                        r.review.Verdict != Verdict.Expand)
            .ToArray();
        var bottomCount = (pool.Length + 4) / 5;
        return pool
            .OrderBy(r => MeasurableSuccess(r.review) ? 1 : 0)
            .ThenBy(r => Value(r.review))
            .ThenBy(r => SuccessShare(r.review))
            .ThenByDescending(r => r.review.Spend.MonthToDate)
            .ThenBy(r => r.index)
            .Take(bottomCount)
            .Where(r => !AllSucceed(r.review))
            .Select(r => Candidate(r.review))
            .ToArray();
    }

    /// <summary>Share of metrics at Success per unit of month-to-date spend; +infinity when nothing was spent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
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

    private static double SuccessShare(InitiativeReview review) =>
        review.Metrics.Count == 0 ? 0d : (double)review.Metrics.Count(m => m.State == MetricState.Success) / review.Metrics.Count;

    private static KillOrMergeCandidate Candidate(InitiativeReview review)
    {
        var value = Value(review);
        return new KillOrMergeCandidate(
            review.Initiative.Id,
            review.Metrics.Count(m => m.State == MetricState.Success),
            review.Metrics.Count,
            review.Spend.MonthToDate,
            double.IsPositiveInfinity(value) ? null : value,
            true,
            !MeasurableSuccess(review));
    }

    private static bool AllSucceed(InitiativeReview review) =>
        review.Metrics.Count > 0 && review.Metrics.All(m => m.State == MetricState.Success);

    private static bool MeasurableSuccess(InitiativeReview review) =>
        review.Metrics.Count > 0 && !string.IsNullOrWhiteSpace(review.Initiative.SuccessMetric);
}
