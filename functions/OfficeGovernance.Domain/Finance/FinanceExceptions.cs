using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// The exceptions of one initiative month (issue 11): over the cap without a verified approval; in the as-of month,
/// a forecast over the cap while the spend is not (docs/rules.md#spend: a warning only); spend without a Staff
/// time row, so finance does not see the full cost (docs/rules.md#expand-controls). Money in the workbook currency.
/// </summary>
internal static class FinanceExceptions
{
    public static void Add(List<FinanceException> exceptions, InitiativeMonth row, string currency)
    {
        var month = ValueText.Date(row.Month)[..7];
        if (row.OverCap > 0 && !row.Overage.Approved)
        {
            exceptions.Add(new FinanceException(FinanceExceptionKind.OverCapWithoutApproval, row.InitiativeId, row.Name,
                row.Month, row.OverCap,
                $"{month}: spend {ValueText.Money(row.Spend, currency)} is over the cap {ValueText.Money(row.Cap, currency)} " +
                $"by {ValueText.Money(row.OverCap, currency)}; {row.Overage.Note}"));
        }
        if (row.Forecast is { } forecast && forecast > row.Cap && row.OverCap == 0)
        {
            exceptions.Add(new FinanceException(FinanceExceptionKind.ForecastOverCap, row.InitiativeId, row.Name,
                row.Month, forecast - row.Cap,
                $"{month}: forecast {ValueText.Money(forecast, currency)} is over the cap {ValueText.Money(row.Cap, currency)} " +
                $"(spend to date {ValueText.Money(row.Spend, currency)})"));
        }
        if (row.Spend != 0 && !row.HasStaffTime)
        {
            exceptions.Add(new FinanceException(FinanceExceptionKind.StaffTimeMissing, row.InitiativeId, row.Name,
                row.Month, row.Spend,
                $"{month}: {ValueText.Money(row.Spend, currency)} of spend but no Staff time row: finance does not see " +
                "the full cost"));
        }
    }
}
