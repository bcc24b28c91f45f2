namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Spend of one initiative in the as-of month (docs/rules.md#spend). Money in the workbook currency.
/// </summary>
/// <param name="MonthToDate">Cost dated from the first of the as-of month to the as-of date, inclusive.</param>
/// <param name="Cap">The monthly budget cap.</param>
/// <param name="CapUsed">MonthToDate / Cap as a fraction (1 = 100%); null when the cap is 0.</param>
/// <param name="Forecast">MonthToDate x days in month / day of month.</param>
/// <param name="OverCap">MonthToDate &gt; Cap.</param>
/// <param name="Excess">MonthToDate - Cap when over the cap, else 0.</param>
/// <param name="OverageApproved">Whether an Overage decision covers the excess (false when not over the cap).</param>
/// <param name="OverageNote">Who approved the overage, or why it is not approved; null when not over the cap.</param>
public sealed record SpendSummary(
    decimal MonthToDate, decimal Cap, double? CapUsed, decimal Forecast, bool OverCap, decimal Excess,
    bool OverageApproved, string? OverageNote)
{
    /// <summary>
    /// Past months over the cap, oldest first (docs/rules.md#overage): every open one, and the month before the
    /// as-of month when covered (<see cref="Spend.SpendCalculator.PastOverruns"/>); empty when none.
    /// </summary>
    public IReadOnlyList<Spend.PastOverrun> PastOverruns { get; init; } = [];

    /// <summary>The past months over the cap that no Overage decision covers: the initiative cannot Expand.</summary>
    public IReadOnlyList<Spend.PastOverrun> OpenOverruns => PastOverruns.Where(p => p.Open).ToArray();
}
