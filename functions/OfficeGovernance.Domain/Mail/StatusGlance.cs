using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// The week at a glance that opens the leadership digest (PRODUCT.md section 4): verdict counts, the decisions
/// waiting for the digest's readers, the largest overruns, and spend against caps drawn as inline bars.
/// </summary>
internal sealed class StatusGlance(string currency)
{
    /// <summary>How many overruns and initiative bars the glance shows.</summary>
    public const int Largest = 5, Bars = 10;

    public IReadOnlyList<StatusSection> For(IReadOnlyList<InitiativeReview> reviews, IReadOnlyCollection<string> readers) =>
    [
        Verdicts(reviews),
        Waiting(reviews, readers),
        Overruns(reviews),
        SpendBars(reviews),
    ];

    private static StatusSection Verdicts(IReadOnlyList<InitiativeReview> reviews)
    {
        var verdicts = Enum.GetValues<Verdict>();
        var row = new List<StatusCell> { new(reviews.Count == 1 ? "1 initiative" : $"{reviews.Count} initiatives") };
        row.AddRange(verdicts.Select(v => new StatusCell(reviews.Count(r => r.Verdict == v).ToString(System.Globalization.CultureInfo.InvariantCulture), v)));
        return new("The week at a glance", ["Verdicts", .. verdicts.Select(StatusFormat.Verdict)], [row], "No initiatives.");
    }

    private static StatusSection Waiting(IReadOnlyList<InitiativeReview> reviews, IReadOnlyCollection<string> readers)
    {
        var rows = reviews
            .Select(r => (Review: r, Yours: r.NextDecision.Approvers
                .Where(a => readers.Contains(a.Trim(), StringComparer.OrdinalIgnoreCase)).ToArray()))
            .Where(x => x.Yours.Length > 0)
            .OrderBy(x => x.Review.NextDecision.Due).ThenBy(x => x.Review.Initiative.Id, StringComparer.OrdinalIgnoreCase)
            .Select(x => (IReadOnlyList<StatusCell>)
            [
                new(StatusFormat.Initiative(x.Review.Initiative)),
                new(StatusFormat.Decision(x.Review.NextDecision.Type)),
                new(string.Join(", ", x.Yours)),
                new(StatusFormat.Date(x.Review.NextDecision.Due)),
            ]).ToList();
        return new("Decisions waiting for you", ["Initiative", "Decision", "Which of you may approve", "Due"], rows,
            "No decision is waiting for the readers of this digest.");
    }

    private StatusSection Overruns(IReadOnlyList<InitiativeReview> reviews)
    {
        var rows = reviews.Where(r => r.Spend.OverCap)
            .OrderByDescending(r => r.Spend.Excess).ThenBy(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase)
            .Take(Largest)
            .Select(r => (IReadOnlyList<StatusCell>)
            [
                new(StatusFormat.Initiative(r.Initiative)),
                new(StatusFormat.Money(r.Spend.Excess, currency)),
                new(r.Spend.OverageApproved ? "approved" : "not approved", r.Spend.OverageApproved ? null : Verdict.Pause),
            ]).ToList();
        return new("Largest overruns this month", ["Initiative", "Over cap", "Overage"], rows, "No initiative is over its cap.");
    }

    /// <summary>The portfolio's spend against the summed caps, then the initiatives using most of their cap.</summary>
    public StatusSection SpendBars(IReadOnlyList<InitiativeReview> reviews)
    {
        var rows = new List<IReadOnlyList<StatusCell>>();
        var mtd = reviews.Sum(r => r.Spend.MonthToDate);
        var cap = reviews.Sum(r => r.Spend.Cap);
        if (cap > 0)
        {
            rows.Add([new("Portfolio"), Bar(mtd, cap)]);
        }
        rows.AddRange(reviews.Where(r => r.Spend.Cap > 0)
            .OrderByDescending(r => r.Spend.CapUsed).ThenBy(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase)
            .Take(Bars)
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
