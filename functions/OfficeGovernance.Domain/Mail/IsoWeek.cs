using System.Globalization;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// An ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), the unit of the weekly status and
/// its idempotency (docs/rules.md#weekly-status). Text form "2026-W47".
/// </summary>
/// <param name="Year">The ISO week-numbering year, which differs from the calendar year around 1 January.</param>
/// <param name="Week">The week, 1 to 52 or 53.</param>
public sealed record IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    /// <summary>The ISO week of a calendar date (a date in the workbook time zone).</summary>
    public static IsoWeek Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>The week's Monday.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>Parses "2026-W47"; false when the text is not an existing ISO week.</summary>
    public static bool TryParse(string? text, out IsoWeek? week)
    {
        week = null;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        week = new IsoWeek(year, number);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(IsoWeek? other) =>
        other is null ? 1 : Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    /// <summary>"yyyy-Www", such as "2026-W47".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Week:00}");
}
