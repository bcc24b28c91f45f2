using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Spend;

/// <summary>
/// What a just-logged Overage decision does (docs/rules.md#overage; issue 25: "decide says which month's overrun
/// an Overage covers and warns when it covers none"): the month it covers, that month's spend to today (or to its
/// last day, for a past month) against the cap, and whether <see cref="OverageApproval"/> now approves the excess.
/// Money in the workbook currency; dates in the workbook time zone.
/// </summary>
/// <param name="Covers">True when the month is over its cap and the rule, with this decision logged, approves the excess.</param>
/// <param name="Message">In words: the month and the amount covered, or why it covers none.</param>
public sealed record OverageDecisionEffect(bool Covers, string Message)
{
    /// <summary>The effect of <paramref name="entry"/>, an Overage decision, read against the log that now holds it.</summary>
    /// <param name="workbook">The validated workbook.</param>
    /// <param name="initiative">The initiative decided on.</param>
    /// <param name="entry">The logged Overage decision.</param>
    /// <param name="log">The decision log including <paramref name="entry"/>.</param>
    /// <param name="today">Today in the workbook time zone.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OverageDecisionEffect Of(
        PortfolioWorkbook workbook, Initiative initiative, DecisionEntry entry, IReadOnlyList<DecisionEntry> log, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(log);
        var settings = workbook.Settings;
        var month = OverageMonth.Covered(entry.Decision, settings.TimeZone);
        var monthText = OverageMonth.Format(month);
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var last = monthEnd < today ? monthEnd : today;
        var spend = SpendCalculator.Total(
            workbook.Spend.Where(s => string.Equals(s.InitiativeId.Trim(), initiative.Id.Trim(), StringComparison.OrdinalIgnoreCase)),
            month, last);
        var cap = initiative.MonthlyBudgetCap;
        var spendText = $"spend {ValueText.Money(spend, settings.Currency)} to {ValueText.Date(last)}";
        if (spend <= cap)
        {
            return new OverageDecisionEffect(false,
                $"the Overage for {monthText} covers no overrun: {(last < month ? "the month has not begun" : spendText)} " +
                $"is within the cap {ValueText.Money(cap, settings.Currency)}");
        }
        var excess = spend - cap;
        var ruling = OverageApproval.Rule(initiative, excess, month, log, workbook.DecisionRights,
            InitiativeDecisionRights.RiskOf(initiative), today, settings);
        var overrun = $"the {monthText} overrun of {ValueText.Money(excess, settings.Currency)} ({spendText} over the cap " +
                      $"{ValueText.Money(cap, settings.Currency)})";
        return ruling.Approved
            ? new OverageDecisionEffect(true, $"the Overage covers {overrun}: {ruling.Note}")
            : new OverageDecisionEffect(false, $"the Overage covers none of {overrun}: {ruling.Note}");
    }
}
