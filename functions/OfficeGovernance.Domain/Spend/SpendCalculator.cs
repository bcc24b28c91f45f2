using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Spend;

/// <summary>
/// Spend of one initiative in the as-of month (PRODUCT.md section 2, Spend). Money is in the workbook currency;
/// dates are in the workbook time zone.
/// </summary>
public static class SpendCalculator
{
    /// <summary>
    /// Month-to-date cost: the sum of <see cref="SpendEntry.Cost"/> dated from the first of the as-of month to
    /// <paramref name="asOf"/>, inclusive. <paramref name="spend"/> holds the initiative's rows only.
    /// </summary>
    public static decimal MonthToDate(IEnumerable<SpendEntry> spend, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(spend);
        var start = AsOfDate.MonthStart(asOf);
        return spend.Where(s => s.Date >= start && s.Date <= asOf).Sum(s => s.Cost);
    }

    /// <summary>
    /// MonthToDate x days in the month / day of the month, rounded to cents (half away from zero).
    /// </summary>
    public static decimal Forecast(decimal monthToDate, DateOnly asOf) =>
        Math.Round(monthToDate * DateTime.DaysInMonth(asOf.Year, asOf.Month) / asOf.Day, 2,
            MidpointRounding.AwayFromZero);

    /// <summary>
    /// The initiative's spend summary: month to date, forecast, cap used (null when the cap is 0), over cap
    /// (MTD strictly above the cap), the excess, and whether an Overage decision approves it
    /// (see <see cref="OverageApproval"/>).
    /// </summary>
    /// <param name="initiative">The initiative.</param>
    /// <param name="spend">The initiative's Spend rows.</param>
    /// <param name="decisions">The initiative's logged decisions.</param>
    /// <param name="rights">The whole DecisionRights table.</param>
    /// <param name="riskLevel">The risk level used for the initiative.</param>
    /// <param name="asOf">The as-of date, workbook time zone.</param>
    /// <param name="settings">The workbook settings (currency, time zone).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static SpendSummary Summarize(
        Initiative initiative, IEnumerable<SpendEntry> spend, IEnumerable<DecisionEntry> decisions,
        IReadOnlyList<DecisionRight> rights, RiskLevel riskLevel, DateOnly asOf, PortfolioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(settings);
        var mtd = MonthToDate(spend, asOf);
        var cap = initiative.MonthlyBudgetCap;
        double? capUsed = cap == 0 ? null : (double)(mtd / cap);
        var forecast = Forecast(mtd, asOf);
        if (mtd <= cap)
        {
            return new SpendSummary(mtd, cap, capUsed, forecast, false, 0m, false, null);
        }
        var excess = mtd - cap;
        var (approved, note) = OverageApproval.Evaluate(initiative, excess, decisions, rights, riskLevel, asOf, settings);
        return new SpendSummary(mtd, cap, capUsed, forecast, true, excess, approved, note);
    }
}
