using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Spend;

/// <summary>
/// Spend of one initiative in the as-of month (docs/rules.md#spend). Money is in the workbook currency;
/// dates are in the workbook time zone.
/// </summary>
public static class SpendCalculator
{
    /// <summary>
    /// Month-to-date cost: the sum of <see cref="SpendEntry.Cost"/> dated from the first of the as-of month to
    /// <paramref name="asOf"/>, inclusive. <paramref name="spend"/> holds the initiative's rows only.
    /// </summary>
    public static decimal MonthToDate(IEnumerable<SpendEntry> spend, DateOnly asOf) =>
        Total(spend, AsOfDate.MonthStart(asOf), asOf);

    /// <summary>
    /// The cost of the rows dated from <paramref name="from"/> to <paramref name="through"/>, inclusive: the sum of
    /// <see cref="SpendEntry.Cost"/> (credits negative), the one way spend rows are added up.
    /// <paramref name="spend"/> holds the rows of one initiative.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="spend"/> is null.</exception>
    public static decimal Total(IEnumerable<SpendEntry> spend, DateOnly from, DateOnly through)
    {
        ArgumentNullException.ThrowIfNull(spend);
        return spend.Where(s => s.Date >= from && s.Date <= through).Sum(s => s.Cost);
    }

    /// <summary>
    /// The whole-month cost of every month before <paramref name="before"/> that has rows, oldest first, each month
    /// as its first day (<see cref="Total"/> over the month). <paramref name="spend"/> holds the rows of one initiative.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="spend"/> is null.</exception>
    public static IEnumerable<(DateOnly Month, decimal Total)> MonthTotals(IEnumerable<SpendEntry> spend, DateOnly before)
    {
        ArgumentNullException.ThrowIfNull(spend);
        return spend.Where(s => s.Date < before)
            .GroupBy(s => AsOfDate.MonthStart(s.Date), s => s.Cost)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum()));
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
        var log = decisions as IReadOnlyCollection<DecisionEntry> ?? decisions.ToArray();
        var past = PastOverruns(initiative, spend, log, rights, riskLevel, asOf, settings);
        if (mtd <= cap)
        {
            return new SpendSummary(mtd, cap, capUsed, forecast, false, 0m, false, null) { PastOverruns = past };
        }
        var excess = mtd - cap;
        var (approved, note) = OverageApproval.Evaluate(initiative, excess, log, rights, riskLevel, asOf, settings);
        return new SpendSummary(mtd, cap, capUsed, forecast, true, excess, approved, note) { PastOverruns = past };
    }

    /// <summary>
    /// The months before the as-of month whose whole spend is over the cap (docs/rules.md#overage), oldest
    /// first: every one that no Overage decision covers as of <paramref name="asOf"/> (open), and the month just before
    /// the as-of month also when covered, so that the review says who approved the overrun finance is closing. Older
    /// covered months are settled and left out.
    /// </summary>
    /// <param name="initiative">The initiative.</param>
    /// <param name="spend">The initiative's Spend rows.</param>
    /// <param name="decisions">The initiative's logged decisions.</param>
    /// <param name="rights">The whole DecisionRights table.</param>
    /// <param name="riskLevel">The risk level used for the initiative.</param>
    /// <param name="asOf">The as-of date, workbook time zone.</param>
    /// <param name="settings">The workbook settings (currency, time zone).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static IReadOnlyList<PastOverrun> PastOverruns(
        Initiative initiative, IEnumerable<SpendEntry> spend, IEnumerable<DecisionEntry> decisions,
        IReadOnlyList<DecisionRight> rights, RiskLevel riskLevel, DateOnly asOf, PortfolioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(settings);
        var asOfMonth = AsOfDate.MonthStart(asOf);
        var cap = initiative.MonthlyBudgetCap;
        var previousMonth = asOfMonth.AddMonths(-1);
        var past = new List<PastOverrun>();
        foreach (var (month, total) in MonthTotals(spend, asOfMonth))
        {
            if (total <= cap)
            {
                continue;
            }
            var ruling = OverageApproval.Rule(initiative, total - cap, month, decisions, rights, riskLevel, asOf, settings);
            if (!ruling.Approved || month == previousMonth)
            {
                past.Add(new PastOverrun(month, total, cap, total - cap, ruling.Approved, ruling.Note, settings.Currency));
            }
        }
        return past;
    }
}
