using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Spend;

/// <summary>
/// A month before the as-of month whose whole spend was over the cap (docs/rules.md#overage). While no Overage
/// decision covers it as of the review's as-of date it is open: "listed in the initiative's reasons and flags ...
/// naming the month and the amount, and the initiative cannot Expand until it is covered". Money in the workbook
/// currency.
/// </summary>
/// <param name="Month">The first day of the month, workbook time zone.</param>
/// <param name="Spend">The month's whole spend.</param>
/// <param name="Cap">The monthly budget cap (the current one: the workbook keeps no history of caps).</param>
/// <param name="Excess">Spend minus the cap, positive.</param>
/// <param name="Covered">True when an Overage decision for the month, logged on or before the as-of date, approves the excess.</param>
/// <param name="Note">Who approved it and on what ground, or why no decision covers it (the note of <c>OverageApproval.Rule</c>).</param>
/// <param name="Currency">The workbook currency, for <see cref="Message"/>.</param>
public sealed record PastOverrun(
    DateOnly Month, decimal Spend, decimal Cap, decimal Excess, bool Covered, string Note, string Currency)
{
    /// <summary>True while no decision covers it.</summary>
    public bool Open => !Covered;

    /// <summary>In words, naming the month and the amount: an open item, or who covered it.</summary>
    public string Message => Covered
        ? $"the {OverageMonth.Format(Month)} overrun of {ValueText.Money(Excess, Currency)} (spend " +
          $"{ValueText.Money(Spend, Currency)} over the cap {ValueText.Money(Cap, Currency)}) is covered: {Note}"
        : $"open overrun in {OverageMonth.Format(Month)}: spend {ValueText.Money(Spend, Currency)} was over the cap " +
          $"{ValueText.Money(Cap, Currency)} by {ValueText.Money(Excess, Currency)} and no Overage decision covers it " +
          $"({Note})";
}
