using System.Globalization;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Spend;

/// <summary>
/// The month an Overage decision covers (docs/rules.md#overage: "an Overage decision names the month it covers
/// (default: the month it is logged in)"). A month is held as its first day and written yyyy-mm.
/// </summary>
public static class OverageMonth
{
    private const string Pattern = "yyyy-MM";

    /// <summary>The month written yyyy-mm (for example 2026-11).</summary>
    public static string Format(DateOnly month) => month.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Reads a month written yyyy-mm, as its first day.</summary>
    /// <param name="text">The text, trimmed before reading.</param>
    /// <param name="source">What the text came from (an option, property or column), named in the error.</param>
    /// <exception cref="FormatException">The text is not a month written yyyy-mm, naming <paramref name="source"/>.</exception>
    public static DateOnly Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateOnly.TryParseExact(text.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw new FormatException($"{source}: '{text}' is not a month written yyyy-mm (for example 2026-11).");
    }

    /// <summary>
    /// The month <paramref name="decision"/> covers: its <see cref="DecisionDraft.Month"/> when set, else the month of
    /// its timestamp in <paramref name="zone"/> (the workbook time zone).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DateOnly Covered(DecisionDraft decision, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Month is { } month
            ? AsOfDate.MonthStart(month)
            : AsOfDate.MonthStart(AsOfDate.LocalDate(decision.Timestamp, zone));
    }

    /// <summary>
    /// The month a decision being recorded covers, as stored on it: for an Overage, the month named in
    /// <paramref name="text"/>, else the month of <paramref name="now"/> in <paramref name="zone"/> (the month it is
    /// logged in); null for any other type, which names no month.
    /// </summary>
    /// <param name="type">The decision type.</param>
    /// <param name="text">The month as typed (yyyy-mm); null when not given.</param>
    /// <param name="now">When the decision is logged, UTC.</param>
    /// <param name="zone">The workbook time zone.</param>
    /// <param name="source">The option or property the month came from, named in errors.</param>
    /// <exception cref="FormatException">The text is not yyyy-mm, or a month is given for a type other than Overage.</exception>
    public static DateOnly? ForDecision(DecisionType type, string? text, DateTimeOffset now, TimeZoneInfo zone, string source)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (type != DecisionType.Overage)
        {
            return text is null ? null
                : throw new FormatException($"{source}: only an Overage decision names the month it covers.");
        }
        return text is null ? AsOfDate.MonthStart(AsOfDate.LocalDate(now, zone)) : Parse(text, source);
    }
}
