using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.Finance;

namespace OfficeGovernance.Functions.Finance;

/// <summary>
/// The finance report as JSON (<c>GET|POST /api/finance-report</c> with <c>Accept: application/json</c>; issue 11,
/// docs/rules.md#finance-report), for the add-in's Finance pane: the as-of month's spend against caps per initiative, the
/// monthly totals, the exceptions, every overage of the period with the decision that covers it and whether the
/// chain vouches for it, the log's status and the reconciliation. Money is a JSON number in <c>currency</c>, capUsed a
/// fraction (1 = 100%), dates yyyy-mm-dd in the workbook time zone; enum values are their names, with the report's
/// wording beside them.
/// </summary>
public static class FinanceReportJson
{
    /// <summary>The report as the JSON document's object graph.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static FinanceReportDocument ToDocument(FinanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var asOfMonth = report.AsOfMonth.ToArray();
        var current = asOfMonth.Where(m => m.Status != Domain.Portfolio.InitiativeStatus.Retired).ToArray();
        var r = report.Reconciliation;
        return new FinanceReportDocument(
            Date(report.AsOf),
            report.Currency,
            Date(report.PeriodStart),
            new FinanceLogDocument(report.Log.IsIntact, report.Log.EntryCount, report.Log.VerifiedCount, report.Log.Message),
            new FinanceTotalsDocument(current.Sum(m => m.Spend), current.Sum(m => m.Cap), current.Sum(m => m.OverCap),
                current.Where(m => m.OverCap > 0 && !m.Overage.Approved).Sum(m => m.OverCap)),
            asOfMonth.Select(m => new FinanceInitiativeDocument(
                m.InitiativeId, m.Name, FinanceLabels.Status(m.Status), m.Spend, m.Cap, m.CapUsed, m.Forecast, m.OverCap,
                m.HasStaffTime, Overage(m.Overage))).ToArray(),
            report.Months.Select(m => new FinanceMonthDocument(Date(m), report.SpendIn(m), report.CapsIn(m))).ToArray(),
            report.Exceptions.Select(e => new FinanceExceptionDocument(
                e.Kind.ToString(), FinanceLabels.Exception(e.Kind), e.InitiativeId, e.Name, Date(e.Month), e.Amount, e.Message)).ToArray(),
            report.InitiativeMonths.Where(m => m.OverCap > 0).Select(m => new FinanceOverageDocument(
                m.InitiativeId, m.Name, Date(m.Month), m.Spend, m.Cap, m.OverCap, Overage(m.Overage))).ToArray(),
            new FinanceReconciliationDocument(r.SpendRows, r.SpendTotal, r.InPeriodRows, r.InPeriodTotal, r.RetiredRows,
                r.RetiredTotal, r.BeforeRows, r.BeforeTotal, r.AfterRows, r.AfterTotal),
            FinanceSheets.ForAddin(report));
    }

    private static FinanceCoverDocument Overage(OverageCover cover) => new(
        cover.Status.ToString(), FinanceLabels.Overage(cover.Status), cover.Approved,
        cover.DecisionId is null ? null : cover.Status != OverageOutcome.Unverified,
        cover.DecisionId, cover.Approver, cover.Amount, cover.Date is { } d ? Date(d) : null, cover.Note);

    private static string Date(DateOnly date) => ValueText.Date(date);
}
