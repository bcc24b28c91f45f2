using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// The months a finance report covers (docs/rules.md#finance-report): the as-of month and the
/// <c>months - 1</c> before it, the as-of month ending at the as-of date. Dates in the workbook time zone.
/// </summary>
public static class FinancePeriod
{
    /// <summary>The most months a report covers by default: the as-of month and the 11 before it (<see cref="DefaultFor"/>).</summary>
    public const int DefaultMonths = 12;

    /// <summary>The most months a report may cover: three years (issue 25).</summary>
    public const int MaxMonths = 36;

    /// <summary>
    /// The months a report covers when none are asked for (issue 25: months without any spend only lengthen a printed
    /// report): the as-of month and the months before it back to the first month with a Spend row, at most
    /// <see cref="DefaultMonths"/>; just the as-of month when no Spend row is dated on or before the as-of date.
    /// </summary>
    /// <param name="asOf">The as-of date, workbook time zone.</param>
    /// <param name="spend">The workbook's Spend rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="spend"/> is null.</exception>
    public static int DefaultFor(DateOnly asOf, IEnumerable<SpendEntry> spend)
    {
        ArgumentNullException.ThrowIfNull(spend);
        var first = spend.Where(s => s.Date <= asOf).Select(s => (DateOnly?)s.Date).Min();
        if (first is not { } day)
        {
            return 1;
        }
        var months = (asOf.Year - day.Year) * 12 + asOf.Month - day.Month + 1;
        return Math.Clamp(months, 1, DefaultMonths);
    }

    /// <summary>The first day of each month, oldest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not between 1 and <see cref="MaxMonths"/>.</exception>
    public static IReadOnlyList<DateOnly> Months(DateOnly asOf, int months)
    {
        Check(months);
        var last = AsOfDate.MonthStart(asOf);
        return Enumerable.Range(0, months).Select(i => last.AddMonths(i - (months - 1))).ToArray();
    }

    /// <summary>Checks a number of months before anything is read or written.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not between 1 and <see cref="MaxMonths"/>.</exception>
    public static void Check(int months)
    {
        if (Problem(months) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, problem);
        }
    }

    /// <summary>What is wrong with <paramref name="months"/>, in one line naming <c>--months</c>; null when it is from 1 to <see cref="MaxMonths"/>.</summary>
    public static string? Problem(int months) =>
        months is < 1 or > MaxMonths ? $"--months: {months} is not a number of months from 1 to {MaxMonths}." : null;

    /// <summary>The last day judged in <paramref name="month"/>: the as-of date in the as-of month, else the month's last day.</summary>
    public static DateOnly LastDay(DateOnly month, DateOnly asOf) =>
        month == AsOfDate.MonthStart(asOf) ? asOf : month.AddMonths(1).AddDays(-1);
}
