using System.Globalization;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// The Spend.Source of imported rows (docs/rules.md#cost-import): <c>provider | billing account | yyyy-mm</c>, the charge month
/// being ChargePeriodStart's UTC month. A re-import of the same provider, account and month replaces exactly the rows
/// of that source, so an export of a month so far grows the month's rows until the month closes.
/// </summary>
public static class CostSource
{
    /// <summary>The source of a charge, such as <c>AWS | 1234567890123 | 2024-09</c>.</summary>
    public static string Of(FocusCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        return string.Create(CultureInfo.InvariantCulture,
            $"{charge.ProviderName.Trim()} | {charge.BillingAccountId.Trim()} | {charge.ChargePeriodStart:yyyy-MM}");
    }

    /// <summary>The month (<c>yyyy-mm</c>) a source covers.</summary>
    public static string MonthOf(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source[(source.LastIndexOf(' ') + 1)..];
    }

    /// <summary>The charge's day: ChargePeriodStart's UTC date (providers bill days in UTC, so a day never splits).</summary>
    public static DateOnly DayOf(FocusCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        return DateOnly.FromDateTime(charge.ChargePeriodStart);
    }
}
