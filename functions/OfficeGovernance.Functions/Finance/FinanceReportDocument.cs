using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Functions.Finance;

/// <summary>
/// The finance report JSON (<see cref="FinanceReportJson"/>). Money in <paramref name="Currency"/>; dates yyyy-mm-dd in
/// the workbook time zone.
/// </summary>
/// <param name="AsOf">The as-of date; the period ends here.</param>
/// <param name="Currency">The workbook currency (ISO 4217).</param>
/// <param name="PeriodStart">The first day of the period's oldest month.</param>
/// <param name="Log">What the decision log's chain vouches for; when broken, approvals resting on later entries are unverified.</param>
/// <param name="AsOfMonth">The as-of month's totals over initiatives not retired.</param>
/// <param name="Initiatives">Every initiative in the as-of month, in table order (retired ones with status Retired).</param>
/// <param name="Months">Per month of the period, oldest first: spend and the summed caps of initiatives not retired.</param>
/// <param name="Exceptions">Over cap without a verified approval, forecast over cap, Staff time missing, for the whole period.</param>
/// <param name="Overages">Every initiative month of the period over its cap, with the decision that covers it or why none does.</param>
/// <param name="Reconciliation">Where every Spend row is counted.</param>
/// <param name="Sheets">
/// The report's tables as the report workbook writes them (as-of month with its chart, initiative months, exceptions),
/// layout and rows, for the add-in to write as they arrive (ADR 0031).
/// </param>
public sealed record FinanceReportDocument(
    string AsOf, string Currency, string PeriodStart, FinanceLogDocument Log, FinanceTotalsDocument AsOfMonth,
    IReadOnlyList<FinanceInitiativeDocument> Initiatives, IReadOnlyList<FinanceMonthDocument> Months,
    IReadOnlyList<FinanceExceptionDocument> Exceptions, IReadOnlyList<FinanceOverageDocument> Overages,
    FinanceReconciliationDocument Reconciliation, IReadOnlyList<SheetTable> Sheets);
