using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// Spend against caps drawn as inline bars (docs/rules.md#weekly-status), in the leadership digest
/// (<see cref="LeadershipDigest"/>) and the finance digest.
/// </summary>
internal sealed class StatusGlance(string currency)
{
    /// <summary>How many overruns and initiative bars the glance shows.</summary>
    public const int Largest = 5, Bars = 10;

    /// <summary>The portfolio's spend against the summed caps, then the <paramref name="bars"/> initiatives using most of their cap.</summary>
    public StatusSection SpendBars(IReadOnlyList<InitiativeReview> reviews, int bars = Bars)
    {
        var rows = new List<IReadOnlyList<StatusCell>>();
        var total = SpendTotals.Of(reviews);
        if (total.Cap > 0)
        {
            rows.Add([new("Portfolio"), Bar(total.MonthToDate, total.Cap)]);
        }
        rows.AddRange(reviews.Where(r => r.Spend.Cap > 0)
            .OrderByDescending(r => r.Spend.CapUsed).ThenBy(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase)
            .Take(bars)
            .Select(r => (IReadOnlyList<StatusCell>)[new(StatusFormat.Initiative(r.Initiative)), Bar(r.Spend.MonthToDate, r.Spend.Cap)]));
        return new("Spend this month against the cap", ["Initiative", "Month to date of the cap"], rows, "No caps are set.");
    }

    private StatusCell Bar(decimal spend, decimal cap)
    {
        var fraction = (double)(spend / cap);
        return new($"{StatusFormat.Percent(fraction)}: {StatusFormat.Money(spend, currency)} of {StatusFormat.Money(cap, currency)}",
            Bar: fraction);
    }
}
