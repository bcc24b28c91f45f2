using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Mail;

public class DigestNewOverrunTests
{
    private static readonly PortfolioSettings Settings = new() { Currency = "EUR", LeadershipEmails = ["cto@example.com"] };

    private static SpendSummary Over(decimal excess, bool approved) =>
        new(1000m + excess, 1000m, (double)((1000m + excess) / 1000m), 1000m + excess, true, excess, approved, approved ? "approved" : "not approved");

    private static readonly SpendSummary Under = new(500m, 1000m, 0.5, 800m, false, 0m, false, "");

    // A-1 newly over cap (small), B-1 over cap last week too, C-1 under cap, D-1 newly over cap (large, approved).
    private static PortfolioReview Review() => StatusReviewBuilder.Portfolio(
        new StatusReviewBuilder("A-1", "alice@example.com").WithVerdict(Verdict.Continue, "On target").WithSpend(Over(100m, false)).Build(),
        new StatusReviewBuilder("B-1", "bob@example.com").WithVerdict(Verdict.Continue, "On target").WithSpend(Over(900m, true)).Build(),
        new StatusReviewBuilder("C-1", "carol@example.com").WithVerdict(Verdict.Continue, "On target").WithSpend(Under).Build(),
        new StatusReviewBuilder("D-1", "dan@example.com").WithVerdict(Verdict.Continue, "On target").WithSpend(Over(400m, true)).Build());

    private static string Changes(IReadOnlyCollection<string>? previousOverCap)
    {
        var review = Review();
        var text = WeeklyStatusComposer.Compose(new WeeklyStatusInput
        {
            Review = review,
            PreviousVerdicts = review.Initiatives.ToDictionary(r => r.Initiative.Id, r => r.Verdict),
            PreviousOverCap = previousOverCap,
            Settings = Settings,
            Week = new IsoWeek(2026, 47),
        }).Single(m => m.Kind == StatusMessageKind.Leadership).Text;
        return text[text.IndexOf("WHAT CHANGED SINCE LAST WEEK", StringComparison.Ordinal)..text.IndexOf("DECISIONS DUE", StringComparison.Ordinal)];
    }

    [Fact]
    public void Compose_OverCapNowNotLastWeek_ListedAsNewOverrunLargestFirst()
    {
        var changes = Changes(["b-1"]);

        Assert.Contains("- D-1 Initiative D-1\n  Change: Now over cap by 400.00 EUR (overage approved)", changes);
        Assert.Contains("- A-1 Initiative A-1\n  Change: Now over cap by 100.00 EUR (overage not approved)", changes);
        Assert.True(changes.IndexOf("D-1", StringComparison.Ordinal) < changes.IndexOf("A-1", StringComparison.Ordinal));
        Assert.DoesNotContain("B-1", changes);
        Assert.DoesNotContain("C-1", changes);
    }

    [Fact]
    public void Compose_SnapshotWithoutOverCapState_NoOverrunCalledNew()
    {
        var changes = Changes(null);

        Assert.DoesNotContain("Now over cap", changes);
        Assert.Contains("caps were not", changes);
    }

    [Fact]
    public void Compose_AllOverCapLastWeekToo_NoNewOverrun()
    {
        var changes = Changes(["A-1", "B-1", "D-1"]);

        Assert.DoesNotContain("Now over cap", changes);
        Assert.Contains("no initiative went over its cap", changes);
    }
}
