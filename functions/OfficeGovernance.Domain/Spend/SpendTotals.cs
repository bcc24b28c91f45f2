using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Spend;

/// <summary>
/// The spend of several initiatives added up from their reviews' <see cref="SpendSummary"/> (docs/rules.md#spend:
/// portfolio totals add the initiatives' figures). The one place a total over initiatives is made: the review's
/// portfolio totals, the digests' spend bars and total rows read it; nobody adds Spend rows again. Money in the
/// workbook currency.
/// </summary>
/// <param name="MonthToDate">The initiatives' month-to-date spend added up.</param>
/// <param name="Cap">Their monthly caps added up.</param>
/// <param name="Forecast">Their forecasts added up.</param>
/// <param name="Excess">Their excesses over the cap added up (0 for those within it).</param>
public sealed record SpendTotals(decimal MonthToDate, decimal Cap, decimal Forecast, decimal Excess)
{
    /// <summary>MonthToDate / Cap as a fraction (1 = 100%); null when the caps add up to 0.</summary>
    public double? CapUsed => Cap == 0 ? null : (double)(MonthToDate / Cap);

    /// <summary>Adds up the spend of the given initiatives' reviews, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="spend"/> is null.</exception>
    public static SpendTotals Of(IEnumerable<SpendSummary> spend)
    {
        ArgumentNullException.ThrowIfNull(spend);
        decimal mtd = 0m, cap = 0m, forecast = 0m, excess = 0m;
        foreach (var s in spend)
        {
            mtd += s.MonthToDate;
            cap += s.Cap;
            forecast += s.Forecast;
            excess += s.Excess;
        }
        return new SpendTotals(mtd, cap, forecast, excess);
    }

    /// <summary>Adds up the spend of the given initiative reviews, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> is null.</exception>
    public static SpendTotals Of(IEnumerable<InitiativeReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return Of(reviews.Select(r => r.Spend));
    }
}
