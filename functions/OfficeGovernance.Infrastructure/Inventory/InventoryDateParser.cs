using System.Globalization;
using System.Text.RegularExpressions;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// Parses the date cells of an inventory: M/D/YYYY, MM/YYYY, YYYY-MM-DD (optionally with a midnight time), a bare
/// year, and real Excel dates (serials) in an XLSX. A year typed into an Excel date cell became a serial shown as
/// 7/x/1905 (serial 2024 = 7/16/1905): any date whose serial lies in 1900..2100 is repaired to 1 January of that
/// year. Placeholders (blank, N/A, NA, Not applicable, None) are no date; anything else ("24-Nov", "Q4FY25",
/// "10/12023", "TODO", "N/A - consolidated") is rejected (shared/data README).
/// </summary>
internal static partial class InventoryDateParser
{
    private const int FirstYearSerial = 1900;
    private const int LastYearSerial = 2100;
    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    /// <summary>The outcome of parsing one cell.</summary>
    /// <param name="Date">The date, or null (blank, placeholder, or rejected).</param>
    /// <param name="Repair">Set when the value was repaired: the message saying how.</param>
    /// <param name="Rejection">Set when the value was rejected: the message saying why.</param>
    public readonly record struct Outcome(InventoryDate? Date, string? Repair, string? Rejection);

    /// <summary>Parses one cell (error cells must be handled by the caller).</summary>
    public static Outcome Parse(InventoryCell cell)
    {
        if (cell.Number is { } serial)
        {
            return FromSerial(serial, cell.Text);
        }
        var text = InventoryText.Clean(cell.Text);
        if (text is null || InventoryText.IsNotApplicable(text.ToLowerInvariant().TrimEnd('.')))
        {
            return default;
        }
        return FromText(text);
    }

    private static Outcome FromSerial(double serial, string text)
    {
        var whole = Math.Floor(serial);
        if (whole is >= FirstYearSerial and <= LastYearSerial)
        {
            return YearRepair((int)whole, text);
        }
        if (whole < 1 || whole > 2958465)
        {
            return new Outcome(null, null, $"the number {text} is not an Excel date");
        }
        return new Outcome(new InventoryDate(SerialEpoch.AddDays((int)whole), DatePrecision.Day), null, null);
    }

    private static Outcome FromText(string text)
    {
        if (MonthDayYear().Match(text) is { Success: true } mdy)
        {
            return Day(Number(mdy, 3), Number(mdy, 1), Number(mdy, 2), text, checkSerial: true);
        }
        if (MonthYear().Match(text) is { Success: true } my)
        {
            var month = Number(my, 1);
            return month is >= 1 and <= 12
                ? new Outcome(new InventoryDate(new DateOnly(Number(my, 2), month, 1), DatePrecision.Month), null, null)
                : Rejected(text);
        }
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            return Day(Number(iso, 1), Number(iso, 2), Number(iso, 3), text, checkSerial: false);
        }
        if (YearOnly().Match(text) is { Success: true } year)
        {
            return new Outcome(new InventoryDate(new DateOnly(Number(year, 1), 1, 1), DatePrecision.Year), null, null);
        }
        return Rejected(text);
    }

    private static Outcome Day(int year, int month, int day, string text, bool checkSerial)
    {
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Rejected(text);
        }
        var date = new DateOnly(year, month, day);
        var serial = date.DayNumber - SerialEpoch.DayNumber;
        return checkSerial && serial is >= FirstYearSerial and <= LastYearSerial
            ? YearRepair(serial, text)
            : new Outcome(new InventoryDate(date, DatePrecision.Day), null, null);
    }

    private static Outcome YearRepair(int year, string text) => new(
        new InventoryDate(new DateOnly(year, 1, 1), DatePrecision.Year),
        $"'{text}' is the Excel serial number {year.ToString(CultureInfo.InvariantCulture)}, a year typed into a date cell: read as the year {year.ToString(CultureInfo.InvariantCulture)} ({year.ToString(CultureInfo.InvariantCulture)}-01-01)",
        null);

    private static Outcome Rejected(string text) => new(
        null, null, $"'{text}' is not a date (expected M/D/YYYY, MM/YYYY, YYYY-MM-DD or a year); the date is left empty");

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(\d{1,2})/(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^((?:19|20)\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();
}
