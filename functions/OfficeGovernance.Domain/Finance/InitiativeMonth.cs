using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// One initiative in one month of the report (docs/rules.md#spend, applied to every month of the period).
/// Money in the workbook currency. The cap of every month is the initiative's current MonthlyBudgetCap: the
/// workbook keeps no history of caps.
/// </summary>
/// <param name="InitiativeId">The initiative.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Its status; Retired also when its stage is Retired.</param>
/// <param name="Month">The first day of the month, workbook time zone.</param>
/// <param name="IsAsOfMonth">True for the as-of month, whose spend runs from its first day to the as-of date.</param>
/// <param name="Spend">The month's cost (to the as-of date in the as-of month).</param>
/// <param name="Cap">The monthly budget cap.</param>
/// <param name="CapUsed">Spend / Cap as a fraction (1 = 100%); null when the cap is 0.</param>
/// <param name="Forecast">Spend x days in month / day of month in the as-of month; null in earlier months.</param>
/// <param name="OverCap">Spend - Cap when spend is over the cap, else 0.</param>
/// <param name="Overage">The Overage decision covering <paramref name="OverCap"/>.</param>
/// <param name="HasStaffTime">True when the month has a Staff time row.</param>
public sealed record InitiativeMonth(
    string InitiativeId, string Name, InitiativeStatus Status, DateOnly Month, bool IsAsOfMonth, decimal Spend,
    decimal Cap, double? CapUsed, decimal? Forecast, decimal OverCap, OverageCover Overage, bool HasStaffTime);
