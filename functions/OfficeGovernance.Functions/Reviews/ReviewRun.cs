using System.Globalization;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Functions.Reviews;

/// <summary>A review of a loaded workbook with the decisions it was judged against.</summary>
/// <param name="Review">The review.</param>
/// <param name="Decisions">The whole decision log, in chain order.</param>
public sealed record ReviewRun(PortfolioReview Review, IReadOnlyList<DecisionEntry> Decisions)
{
    /// <summary>Reviews a workbook as of a date (default: today in the workbook time zone).</summary>
    public static async Task<ReviewRun> RunAsync(
        LoadedWorkbook loaded, IDecisionLogStore log, DateOnly? asOf, TimeProvider time, CancellationToken cancellationToken)
    {
        var decisions = await log.ReadAllAsync(cancellationToken);
        var day = asOf ?? AsOfDate.Today(time, loaded.Workbook.Settings.TimeZone);
        var review = PortfolioReviewer.Review(loaded.Workbook, decisions, day, time.GetUtcNow());
        return new ReviewRun(review, decisions);
    }

    /// <summary>Parses an <c>--as-of</c> value (yyyy-mm-dd); null stays null.</summary>
    /// <exception cref="ArgumentException">The value is not a yyyy-mm-dd date.</exception>
    public static DateOnly? ParseAsOf(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ArgumentException($"--as-of: '{value}' is not a date in the form yyyy-mm-dd.");
}
