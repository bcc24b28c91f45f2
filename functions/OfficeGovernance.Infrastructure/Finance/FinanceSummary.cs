using System.Globalization;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;
using static OfficeGovernance.Infrastructure.Finance.FinanceTables;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// The Summary sheet's content (issue 11): the decision log's state and where every Spend row is counted, then a
/// table of totals that are formulas over the Facts and InitiativeMonths tables (so an edit recomputes them; one
/// line follows the Facts filter), each with its value cached for viewers that do not recalculate.
/// </summary>
internal sealed class FinanceSummary(FinanceReport report)
{
    public const string Sheet = "Summary";

    private readonly int _factsLast = LastRow(report.Facts.Count);
    private readonly int _monthsLast = LastRow(report.InitiativeMonths.Count);

    public IReadOnlyList<string> Preamble(string title)
    {
        var r = report.Reconciliation;
        var log = report.Log.IsIntact
            ? $"Decision log: intact, all {report.Log.VerifiedCount} entries verified."
            : $"DECISION LOG BROKEN: {report.Log.Message} Only the {report.Log.VerifiedCount} of {report.Log.EntryCount} " +
              "entries before the first broken one are trusted; every approval resting on a later entry is marked " +
              $"{FinanceLabels.Unverified} and is not counted as approved.";
        return
        [
            $"{title}: finance report as of {ValueText.Date(report.AsOf)}, {ValueText.Date(report.PeriodStart)[..7]} to " +
            $"{ValueText.Date(report.Months[^1])[..7]} ({report.Months.Count} months), money in {report.Currency}.",
            log,
            $"Where the Spend table's {r.SpendRows} rows are counted: {r.InPeriodRows} in the period, in the Facts table " +
            $"(retired initiatives included, Status {FinanceLabels.Retired}: {r.RetiredRows} rows); {r.BeforeRows} dated " +
            $"before {ValueText.Date(report.PeriodStart)} and {r.AfterRows} after the as-of date are outside the period " +
            "and counted only in the lines below. Caps of retired initiatives are left out of the summed caps.",
        ];
    }

    public FormulaTable Table()
    {
        var r = report.Reconciliation;
        var cost = Range(FactsSheet, FactCost, _factsLast);
        var rows = Range(FactsSheet, FactRows, _factsLast);
        var status = Range(FactsSheet, FactStatus, _factsLast);
        var category = Range(FactsSheet, FactCategory, _factsLast);
        var overCap = Range(InitiativeMonthsSheet, MonthOverCap, _monthsLast);
        var overage = Range(InitiativeMonthsSheet, MonthOverage, _monthsLast);
        var lines = new List<IReadOnlyList<FormulaCell>>
        {
            Line("Spend table: every row", FormulaCell.Money(r.SpendTotal), FormulaCell.Count(r.SpendRows), "the workbook's Spend table"),
            Line($"Before the period (before {ValueText.Date(report.PeriodStart)})", FormulaCell.Money(r.BeforeTotal),
                FormulaCell.Count(r.BeforeRows), "outside the period: not in the Facts table"),
            Line($"After the as-of date (after {ValueText.Date(report.AsOf)})", FormulaCell.Money(r.AfterTotal),
                FormulaCell.Count(r.AfterRows), "outside the period: not in the Facts table"),
            Line("In the period", FormulaCell.Money(r.InPeriodTotal, $"SUM({cost})"),
                FormulaCell.Count(r.InPeriodRows, $"SUM({rows})"), "the Facts table, every initiative"),
            Line("of which retired initiatives", FormulaCell.Money(r.RetiredTotal, $"SUMIFS({cost},{status},\"{FinanceLabels.Retired}\")"),
                FormulaCell.Count(r.RetiredRows, $"SUMIFS({rows},{status},\"{FinanceLabels.Retired}\")"),
                "the Facts table, Status Retired"),
        };
        var first = FirstDataRow;
        var check = r.SpendTotal - r.BeforeTotal - r.AfterTotal - r.InPeriodTotal;
        lines.Add(Line("Check: every row minus before, after and in the period",
            FormulaCell.Money(check, $"B{first}-B{first + 1}-B{first + 2}-B{first + 3}"),
            FormulaCell.Count(r.SpendRows - r.BeforeRows - r.AfterRows - r.InPeriodRows, $"C{first}-C{first + 1}-C{first + 2}-C{first + 3}"),
            "0 when every Spend row is counted exactly once"));
        foreach (var spendCategory in Enum.GetValues<SpendCategory>())
        {
            var label = FinanceLabels.Category(spendCategory);
            var facts = report.Facts.Where(f => f.Category == spendCategory).ToArray();
            lines.Add(Line($"Category {label}", FormulaCell.Money(facts.Sum(f => f.Cost), $"SUMIFS({cost},{category},\"{label}\")"),
                FormulaCell.Count(facts.Sum(f => f.Rows), $"SUMIFS({rows},{category},\"{label}\")"), "in the period"));
        }
        lines.Add(Line("Shown by the Facts filter", FormulaCell.Money(r.InPeriodTotal, $"SUBTOTAL(109,{cost})"),
            FormulaCell.Count(r.InPeriodRows, $"SUBTOTAL(109,{rows})"), "follows the Facts table's filter"));
        var unapproved = report.InitiativeMonths.Where(m => m.OverCap > 0 && !m.Overage.Approved).ToArray();
        lines.Add(Line("Over cap without a verified approval", FormulaCell.Money(unapproved.Sum(m => m.OverCap),
                $"SUMIFS({overCap},{overage},\"{FinanceLabels.NotApproved}\")+SUMIFS({overCap},{overage},\"{FinanceLabels.Unverified}\")"),
            FormulaCell.Count(unapproved.Length,
                $"COUNTIFS({overage},\"{FinanceLabels.NotApproved}\")+COUNTIFS({overage},\"{FinanceLabels.Unverified}\")"),
            "InitiativeMonths: Not approved or Unverified"));
        var approved = report.InitiativeMonths.Where(m => m.Overage.Approved).ToArray();
        lines.Add(Line("Over cap, approved", FormulaCell.Money(approved.Sum(m => m.OverCap),
                $"SUMIFS({overCap},{overage},\"{FinanceLabels.WithinLimit}\")+SUMIFS({overCap},{overage},\"{FinanceLabels.WithinRights}\")"),
            FormulaCell.Count(approved.Length,
                $"COUNTIFS({overage},\"{FinanceLabels.WithinLimit}\")+COUNTIFS({overage},\"{FinanceLabels.WithinRights}\")"),
            "InitiativeMonths: within OverageLimit or decision rights"));
        // Its own line, after the others so their formulas keep their rows: cost the import could not allocate is never
        // hidden in an initiative's total, nor left out of finance's view (docs/rules.md#cost-import).
        if (report.UnallocatedCost is { } unallocated)
        {
            lines.Add(Line("Unallocated cloud and model cost (FOCUS)", FormulaCell.Money(unallocated),
                FormulaCell.Count(report.UnallocatedCharges), "the UnallocatedSpend table (charges no CostAllocation rule matched); not in the Facts table"));
        }
        return new FormulaTable("FinanceSummary",
            [new("Measure", ColumnFormat.Text), new("Amount", ColumnFormat.Money), new("Rows", ColumnFormat.Integer), new("Counted in", ColumnFormat.Text)],
            lines);
    }

    /// <summary>The row of the table's first line: after the three preamble lines, a blank line and the header
    /// (<see cref="FormulaSheetWriter.HeaderRow"/>).</summary>
    public static int FirstDataRow => 6;

    public static string Range(string sheet, string column, int lastRow) =>
        string.Create(CultureInfo.InvariantCulture, $"{sheet}!${column}$2:${column}${lastRow}");

    private static FormulaCell[] Line(string measure, FormulaCell amount, FormulaCell rows, string where) =>
        [FormulaCell.Text(measure), amount, rows, FormulaCell.Text(where)];
}
