using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// The data tables of the finance report (issue 11), as <see cref="OutputTable"/>s written by the same cell writer
/// as the review's tables, so text is always text. Column positions are named here once, for the summary's formulas
/// and the chart's ranges.
/// </summary>
internal static class FinanceTables
{
    public const string FactsSheet = "Facts";
    public const string InitiativeMonthsSheet = "InitiativeMonths";
    public const string AsOfMonthSheet = "AsOfMonth";
    public const string ExceptionsSheet = "Exceptions";

    // Facts: A InitiativeId, B Name, C Department, D Status, E Month, F Category, G Cost, H Hours, I Rows.
    public const string FactStatus = "D", FactMonth = "E", FactCategory = "F", FactCost = "G", FactRows = "I";

    // InitiativeMonths: A InitiativeId, B Name, C Status, D Month, E Spend, F Cap, G CapUsed, H Forecast, I OverCap, J Overage, ...
    public const string MonthStatus = "C", MonthMonth = "D", MonthCap = "F", MonthOverCap = "I", MonthOverage = "J";

    // AsOfMonth: A InitiativeId, B Name, C Status, D Spend, E Cap, ...
    public const string AsOfId = "A", AsOfSpend = "D", AsOfCap = "E";

    public static OutputTable Facts(FinanceReport report) => new("FinanceFacts", FactsSheet,
    [
        new("InitiativeId", ColumnFormat.Text), new("Name", ColumnFormat.WrappedText), new("Department", ColumnFormat.Text),
        new("Status", ColumnFormat.Text), new("Month", ColumnFormat.Month), new("Category", ColumnFormat.Text),
        new("Cost", ColumnFormat.Money), new("Hours", ColumnFormat.Number), new("Rows", ColumnFormat.Integer),
    ], report.Facts.Select(f => (IReadOnlyList<CellValue>)
    [
        CellValue.FromText(f.InitiativeId), CellValue.FromText(f.Name), CellValue.FromText(f.Department),
        CellValue.FromText(FinanceLabels.Status(f.Status)), Date(f.Month), CellValue.FromText(FinanceLabels.Category(f.Category)),
        Money(f.Cost), CellValue.FromNumber(f.Hours), CellValue.FromNumber(f.Rows),
    ]));

    public static OutputTable InitiativeMonths(FinanceReport report) => new("FinanceInitiativeMonths", InitiativeMonthsSheet,
    [
        new("InitiativeId", ColumnFormat.Text), new("Name", ColumnFormat.WrappedText), new("Status", ColumnFormat.Text),
        new("Month", ColumnFormat.Month), new("Spend", ColumnFormat.Money), new("Cap", ColumnFormat.Money),
        new("CapUsed", ColumnFormat.Percent), new("Forecast", ColumnFormat.Money), new("OverCap", ColumnFormat.Money),
        new("Overage", ColumnFormat.Text), new("ApprovedBy", ColumnFormat.Text), new("ApprovedAmount", ColumnFormat.Money),
        new("DecisionDate", ColumnFormat.Date), new("DecisionId", ColumnFormat.Text), new("OverageNote", ColumnFormat.WrappedText),
    ], report.InitiativeMonths.Select(m => (IReadOnlyList<CellValue>)
    [
        CellValue.FromText(m.InitiativeId), CellValue.FromText(m.Name), CellValue.FromText(FinanceLabels.Status(m.Status)),
        Date(m.Month), Money(m.Spend), Money(m.Cap), Fraction(m.CapUsed), Money(m.Forecast), Money(m.OverCap),
        CellValue.FromText(FinanceLabels.Overage(m.Overage.Status)), CellValue.FromText(m.Overage.Approver),
        Money(m.Overage.Amount), m.Overage.Date is { } d ? Date(d) : CellValue.Empty,
        CellValue.FromText(m.Overage.DecisionId), CellValue.FromText(m.Overage.Note),
    ]));

    /// <summary>The name of the as-of month's chart of spend against each cap, beside its table.</summary>
    public const string AsOfMonthChart = "FinanceSpend";

    public static OutputTable AsOfMonth(FinanceReport report) => new("FinanceAsOfMonth", AsOfMonthSheet,
    [
        new("InitiativeId", ColumnFormat.Text), new("Name", ColumnFormat.WrappedText), new("Status", ColumnFormat.Text),
        new("Spend", ColumnFormat.Money), new("Cap", ColumnFormat.Money), new("CapUsed", ColumnFormat.Percent),
        new("Forecast", ColumnFormat.Money), new("OverCap", ColumnFormat.Money), new("Overage", ColumnFormat.Text),
        new("ApprovedBy", ColumnFormat.Text),
    ], report.AsOfMonth.Select(m => (IReadOnlyList<CellValue>)
    [
        CellValue.FromText(m.InitiativeId), CellValue.FromText(m.Name), CellValue.FromText(FinanceLabels.Status(m.Status)),
        Money(m.Spend), Money(m.Cap), Fraction(m.CapUsed), Money(m.Forecast), Money(m.OverCap),
        CellValue.FromText(FinanceLabels.Overage(m.Overage.Status)), CellValue.FromText(m.Overage.Approver),
    ]), report.AsOfMonth.Any() ?
    [
        new ChartLayout(AsOfMonthChart, ChartLayout.ColumnClustered,
            $"Spend against cap, {ValueText.Date(report.AsOf)[..7]} to {ValueText.Date(report.AsOf)} ({report.Currency})", "InitiativeId",
            [new("Spend", "Spend", ReportColours.InitiativeSpend), new("Cap", "Cap", ReportColours.InitiativeCap)], "#,##0"),
    ] : []);

    public static OutputTable Exceptions(FinanceReport report) => new("FinanceExceptions", ExceptionsSheet,
    [
        new("Exception", ColumnFormat.Text), new("InitiativeId", ColumnFormat.Text), new("Name", ColumnFormat.WrappedText),
        new("Month", ColumnFormat.Month), new("Amount", ColumnFormat.Money), new("Detail", ColumnFormat.WrappedText),
    ], report.Exceptions.Select(e => (IReadOnlyList<CellValue>)
    [
        CellValue.FromText(FinanceLabels.Exception(e.Kind)), CellValue.FromText(e.InitiativeId), CellValue.FromText(e.Name),
        Date(e.Month), Money(e.Amount), CellValue.FromText(e.Message),
    ]));

    /// <summary>The last data row of a table of <paramref name="rows"/> rows under a header in row 1 (an empty table keeps one blank row).</summary>
    public static int LastRow(int rows) => Math.Max(rows, 1) + 1;

    public static CellValue Date(DateOnly date) => CellValue.FromNumber(date.ToDateTime(TimeOnly.MinValue).ToOADate());

    public static CellValue Money(decimal? amount) => amount is { } a ? CellValue.FromNumber((double)a) : CellValue.Empty;

    private static CellValue Fraction(double? value) => value is { } v ? CellValue.FromNumber(v) : CellValue.Empty;
}
