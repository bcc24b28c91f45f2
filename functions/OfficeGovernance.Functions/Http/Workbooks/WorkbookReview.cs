using System.Globalization;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>Reviews a workbook against its own decision log (PRODUCT.md section 2), as the CLI's review does.</summary>
public static class WorkbookReview
{
    /// <summary>The review as of <paramref name="asOf"/> (default: today in the workbook time zone), with the log read.</summary>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    public static async Task<(PortfolioReview Review, IReadOnlyList<DecisionEntry> Decisions)> RunAsync(
        PortfolioWorkbook workbook, IDecisionLogStore log, DateOnly? asOf, TimeProvider time, CancellationToken cancellationToken)
    {
        var decisions = await log.ReadAllAsync(cancellationToken);
        var day = asOf ?? AsOfDate.Today(time, workbook.Settings.TimeZone);
        return (PortfolioReviewer.Review(workbook, decisions, day, time.GetUtcNow()), decisions);
    }

    /// <summary>Parses an asOf value (yyyy-mm-dd); null or blank is null; anything else returns false.</summary>
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
