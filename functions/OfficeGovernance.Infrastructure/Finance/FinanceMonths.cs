using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Workbooks;
using static OfficeGovernance.Infrastructure.Finance.FinanceTables;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// The Months sheet (issue 11): per month, spend (a SUMIFS over Facts) against the summed caps of initiatives not
/// retired (a SUMIFS over InitiativeMonths), with cached values; the first chart draws it.
/// </summary>
internal sealed class FinanceMonths(FinanceReport report)
{
    public const string Sheet = "Months";

    public FormulaTable Table()
    {
        var factsLast = LastRow(report.Facts.Count);
        var monthsLast = LastRow(report.InitiativeMonths.Count);
        var cost = FinanceSummary.Range(FactsSheet, FactCost, factsLast);
        var factMonth = FinanceSummary.Range(FactsSheet, FactMonth, factsLast);
        var cap = FinanceSummary.Range(InitiativeMonthsSheet, MonthCap, monthsLast);
        var month = FinanceSummary.Range(InitiativeMonthsSheet, MonthMonth, monthsLast);
        var status = FinanceSummary.Range(InitiativeMonthsSheet, MonthStatus, monthsLast);
        var rows = new List<IReadOnlyList<FormulaCell>>();
        for (var i = 0; i < report.Months.Count; i++)
        {
            var first = report.Months[i];
            var row = i + 2;
            var spend = report.SpendIn(first);
            var caps = report.CapsIn(first);
            rows.Add(
            [
                new FormulaCell(Date(first), ColumnFormat.Month),
                FormulaCell.Money(spend, $"SUMIFS({cost},{factMonth},A{row})"),
                FormulaCell.Money(caps, $"SUMIFS({cap},{month},A{row},{status},\"<>{FinanceLabels.Retired}\")"),
                new FormulaCell(caps == 0 ? CellValue.FromText("") : CellValue.FromNumber((double)(spend / caps)),
                    ColumnFormat.Percent, $"IF(C{row}=0,\"\",B{row}/C{row})"),
            ]);
        }
        return new FormulaTable("FinanceMonths",
            [new("Month", ColumnFormat.Month), new("Spend", ColumnFormat.Money), new("Caps", ColumnFormat.Money), new("CapUsed", ColumnFormat.Percent)],
            rows);
    }
}
