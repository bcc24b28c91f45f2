using System.Globalization;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Verdicts;
using static OfficeGovernance.Infrastructure.Finance.FinanceTables;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// The report's two native charts (issue 11): monthly spend against the summed caps (Months sheet), and spend
/// against cap per initiative in the as-of month (AsOfMonth sheet).
/// </summary>
internal static class FinanceCharts
{
    public static IReadOnlyList<ChartDefinition> For(FinanceReport report)
    {
        var monthsLast = report.Months.Count + 1;
        var months = new ChartDefinition(
            $"Monthly spend against summed caps ({report.Currency})",
            $"{FinanceMonths.Sheet}!$A$2:$A${monthsLast}",
            report.Months.Select(m => Date(m).Number.ToString("R", CultureInfo.InvariantCulture)).ToArray(),
            DateCategories: true,
            [
                new ChartSeries($"{FinanceMonths.Sheet}!$B$1", "Spend", $"{FinanceMonths.Sheet}!$B$2:$B${monthsLast}",
                    report.Months.Select(m => (double)report.SpendIn(m)).ToArray(), ReportColours.MonthlySpend, Labels: true),
                new ChartSeries($"{FinanceMonths.Sheet}!$C$1", "Caps", $"{FinanceMonths.Sheet}!$C$2:$C${monthsLast}",
                    report.Months.Select(m => (double)report.CapsIn(m)).ToArray(), ReportColours.MonthlyCaps, AsLine: true),
            ],
            "#,##0");
        var asOf = report.AsOfMonth.ToArray();
        var asOfLast = LastRow(asOf.Length);
        var initiatives = new ChartDefinition(
            $"Spend against cap, {ValueText.Date(report.AsOf)[..7]} to {ValueText.Date(report.AsOf)} ({report.Currency})",
            $"{AsOfMonthSheet}!${AsOfId}$2:${AsOfId}${asOfLast}",
            asOf.Select(m => m.InitiativeId).ToArray(),
            DateCategories: false,
            [
                new ChartSeries($"{AsOfMonthSheet}!${AsOfSpend}$1", "Spend", $"{AsOfMonthSheet}!${AsOfSpend}$2:${AsOfSpend}${asOfLast}",
                    asOf.Select(m => (double)m.Spend).ToArray(), ReportColours.InitiativeSpend),
                new ChartSeries($"{AsOfMonthSheet}!${AsOfCap}$1", "Cap", $"{AsOfMonthSheet}!${AsOfCap}$2:${AsOfCap}${asOfLast}",
                    asOf.Select(m => (double)m.Cap).ToArray(), ReportColours.InitiativeCap),
            ],
            "#,##0");
        return [months, initiatives];
    }
}
