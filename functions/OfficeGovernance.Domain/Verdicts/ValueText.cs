using System.Globalization;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// How reasons and messages quote values: numbers without trailing zeros ("12.5", "13"), a unit after a space
/// ("71 %"), money with two decimals and the currency code ("1,200.00 USD"), dates as ISO yyyy-mm-dd.
/// Invariant culture, so messages read the same on every machine.
/// </summary>
public static class ValueText
{
    /// <summary>A number without trailing zeros, such as "12.5".</summary>
    public static string Number(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A decimal amount without trailing zeros, such as "1200.5".</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A number followed by its unit when there is one, such as "71 %" or "12.5 min".</summary>
    public static string Quantity(double value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? Number(value) : $"{Number(value)} {unit.Trim()}";

    /// <summary>Money with two decimals and the currency code, such as "1,200.00 USD".</summary>
    public static string Money(decimal amount, string currency) =>
        $"{amount.ToString("#,##0.00", CultureInfo.InvariantCulture)} {currency}";

    /// <summary>A date as yyyy-mm-dd.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
