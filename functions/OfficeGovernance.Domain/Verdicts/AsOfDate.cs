namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The as-of date of the rules (docs/rules.md#as-of-date-and-periods: "default: today in Settings.TimeZone") and the conversion of
/// UTC instants, such as decision timestamps, to calendar dates in the workbook time zone.
/// </summary>
public static class AsOfDate
{
    /// <summary>Today's date in <paramref name="zone"/>, read from <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DateOnly Today(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        return LocalDate(time.GetUtcNow(), zone);
    }

    /// <summary>The calendar date of an instant (any offset, usually UTC) in <paramref name="zone"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>The first day of the month of <paramref name="date"/>.</summary>
    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);
}
