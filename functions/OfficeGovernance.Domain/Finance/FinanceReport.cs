using System.Text.Json.Serialization;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// The finance model of a portfolio workbook (issue 11; docs/rules.md#finance-report): the fact
/// table, every initiative's months against its cap with the overage decisions that cover them, the exceptions, and
/// where every Spend row is counted. JSON-friendly: records of text, numbers, dates and enums. Money is in
/// <see cref="Currency"/>; dates are in the workbook time zone.
/// </summary>
/// <param name="AsOf">The as-of date; the period ends here.</param>
/// <param name="Currency">The workbook currency (ISO 4217).</param>
/// <param name="Months">The first day of each month of the period, oldest first; the last is the as-of month.</param>
/// <param name="Log">What could be verified of the decision log.</param>
/// <param name="Facts">One row per initiative, month and category with spend, initiatives in table order.</param>
/// <param name="InitiativeMonths">One row per initiative and month of the period, initiatives in table order.</param>
/// <param name="Exceptions">Over cap without approval, forecast over cap, Staff time missing; retired initiatives are left out.</param>
/// <param name="Reconciliation">Where every Spend row is counted.</param>
public sealed record FinanceReport(
    DateOnly AsOf, string Currency, IReadOnlyList<DateOnly> Months, DecisionLogStatus Log,
    IReadOnlyList<FinanceFact> Facts, IReadOnlyList<InitiativeMonth> InitiativeMonths,
    IReadOnlyList<FinanceException> Exceptions, SpendReconciliation Reconciliation)
{
    /// <summary>
    /// FOCUS cost that no CostAllocation rule allocated, in the period's months (the UnallocatedSpend table,
    /// docs/rules.md#cost-import: the finance report shows it as its own line); null when the workbook has no such
    /// table (no FOCUS
    /// import yet), so the line is left out rather than claiming zero. Not in <see cref="Facts"/>.
    /// </summary>
    public decimal? UnallocatedCost { get; init; }

    /// <summary>How many FOCUS charges <see cref="UnallocatedCost"/> sums.</summary>
    public int UnallocatedCharges { get; init; }

    /// <summary>The report with the unallocated FOCUS cost of its period's months taken from UnallocatedSpend rows.</summary>
    /// <param name="rows">The workbook's UnallocatedSpend rows (each with its <c>yyyy-mm</c> month); null when it has no such table.</param>
    public FinanceReport WithUnallocated(IEnumerable<CostImport.UnallocatedCost>? rows)
    {
        if (rows is null)
        {
            return this with { UnallocatedCost = null, UnallocatedCharges = 0 };
        }
        var first = PeriodStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var last = AsOf.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var inPeriod = rows.Where(r => string.CompareOrdinal(r.Month, first) >= 0 && string.CompareOrdinal(r.Month, last) <= 0).ToArray();
        return this with { UnallocatedCost = inPeriod.Sum(r => r.Amount), UnallocatedCharges = inPeriod.Sum(r => r.Charges) };
    }

    /// <summary>The period's first day: the first of the oldest month.</summary>
    public DateOnly PeriodStart => Months[0];

    /// <summary>The as-of month's rows of <see cref="InitiativeMonths"/>, in initiative order (not serialized: they are in <see cref="InitiativeMonths"/>, IsAsOfMonth true).</summary>
    [JsonIgnore]
    public IEnumerable<InitiativeMonth> AsOfMonth => InitiativeMonths.Where(m => m.IsAsOfMonth);

    /// <summary>The spend of one month of the period (the sum of its <see cref="Facts"/>, retired initiatives included).</summary>
    /// <param name="month">The first day of the month.</param>
    public decimal SpendIn(DateOnly month) => Facts.Where(f => f.Month == month).Sum(f => f.Cost);

    /// <summary>The summed caps of one month: every initiative's cap but those of retired initiatives (ADR 0008).</summary>
    /// <param name="month">The first day of the month.</param>
    public decimal CapsIn(DateOnly month) =>
        InitiativeMonths.Where(m => m.Month == month && m.Status != Portfolio.InitiativeStatus.Retired).Sum(m => m.Cap);
}
