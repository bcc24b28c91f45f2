using System.Globalization;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Application.Reviews;

/// <summary>A review of a workbook with the decisions it was judged against (docs/rules.md#verdicts).</summary>
/// <param name="Review">The review.</param>
/// <param name="Decisions">The whole decision log, in chain order.</param>
public sealed record ReviewRun(PortfolioReview Review, IReadOnlyList<DecisionEntry> Decisions)
{
    /// <summary>Reviews a workbook against its own decision log as of a date (default: today in the workbook time zone).</summary>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The workbook's DecisionLog table lists decisions the log lacks (docs/rules.md#decision-log).</exception>
    public static async Task<ReviewRun> RunAsync(
        PortfolioWorkbook workbook, IDecisionLogStore log, DateOnly? asOf, TimeProvider time, CancellationToken cancellationToken)
    {
        var decisions = await log.ReadAllAsync(cancellationToken);
        DecisionLogCoverage.Check(workbook.DecisionLogTable, decisions, log.Location);
        var day = asOf ?? AsOfDate.Today(time, workbook.Settings.TimeZone);
        return new ReviewRun(PortfolioReviewer.Review(workbook, decisions, day, time.GetUtcNow()), decisions);
    }

    /// <summary>Parses an <c>--as-of</c> value (yyyy-mm-dd); null stays null.</summary>
    /// <exception cref="ArgumentException">The value is not a yyyy-mm-dd date.</exception>
    public static DateOnly? ParseAsOf(string? value) =>
        TryParseAsOf(value, out var asOf) ? asOf
        : throw new ArgumentException($"--as-of: '{value}' is not a date in the form yyyy-mm-dd.");

    /// <summary>Parses an as-of value (yyyy-mm-dd); null or blank gives null; anything else returns false.</summary>
    public static bool TryParseAsOf(string? value, out DateOnly? asOf)
    {
        asOf = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            asOf = date;
            return true;
        }
        return false;
    }
}
