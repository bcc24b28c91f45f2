using System.Text.RegularExpressions;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Tests.Finance;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Mail;

public class DigestGlanceTests
{
    private static readonly IsoWeek Week = new(2026, 47);

    private static readonly PortfolioSettings Settings = new()
    {
        Currency = "EUR",
        LeadershipEmails = ["cto@example.com"],
        FinanceEmails = ["ap@example.com", "AP@example.com", "not-an-email"],
    };

    private static PortfolioReview Review() => StatusReviewBuilder.Portfolio(
        new StatusReviewBuilder("A-1", "alice@example.com").Named("<b>Drafts</b> & co")
            .WithSpend(new SpendSummary(1250m, 1000m, 1.25, 1875m, true, 250m, false, "not approved")).Build(),
        new StatusReviewBuilder("B-1", "bob@example.com").WithVerdict(Verdict.Expand, "On target")
            .WithSpend(new SpendSummary(3000m, 2000m, 1.5, 4500m, true, 1000m, true, "approved")).Build(),
        new StatusReviewBuilder("C-1", "carol@example.com").WithVerdict(Verdict.Fix, "Retry")
            .WithNext(new NextDecision(DecisionType.Fix, new DateOnly(2026, 11, 25), ["CTO@example.com", "lead@example.com"],
                "the verdict is Fix and no decision is logged yet", 2500m)).Build());

    private static WeeklyStatusInput Input(FinanceReport? finance = null) => new()
    {
        Review = Review(), Settings = Settings, Week = Week, Finance = finance,
    };

    private static StatusMessage Digest(IReadOnlyList<StatusMessage> messages, StatusMessageKind kind) =>
        messages.Single(m => m.Kind == kind);

    [Fact]
    public void Compose_LeadershipDigest_SectionsInReadingOrderStartingWithTheGlance()
    {
        var digest = Digest(WeeklyStatusComposer.Compose(Input()), StatusMessageKind.Leadership);
        string[] titles = ["The week at a glance", "What changed since last week", "Decisions due", "Largest overruns this month",
            "Open risks that are new or overdue", "Spend this month against the cap", "Decision log"];
        var positions = titles.Select(t => digest.Html.IndexOf($">{t}</h2>", StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(titles.Length, Regex.Count(digest.Html, "<h2 "));
        Assert.Contains("- 3 initiatives\n  Expand: 1\n  Continue: 1\n  Fix: 1\n", digest.Text);
        Assert.Contains("- Month to date (EUR)\n  Expand: 3,000\n  Continue: 1,250\n", digest.Text);
    }

    [Fact]
    public void Compose_DecisionsDue_OnlyWaitingOnesWithWhoByWhenAndStake()
    {
        var text = Digest(WeeklyStatusComposer.Compose(Input()), StatusMessageKind.Leadership).Text;
        var due = text[text.IndexOf("DECISIONS DUE", StringComparison.Ordinal)..text.IndexOf("LARGEST OVERRUNS", StringComparison.Ordinal)];
        Assert.Equal("DECISIONS DUE\n- C-1 Initiative C-1\n  Decision: Fix\n  Who may approve: CTO@example.com, lead@example.com\n" +
                     "  By: 2026-11-25\n  At stake: 2,500.00 EUR, Medium risk\n\n", due);
    }

    [Fact]
    public void Compose_Subject_LeadsWithWhatNeedsActionUnder80Characters()
    {
        var digest = Digest(WeeklyStatusComposer.Compose(Input()), StatusMessageKind.Leadership);
        Assert.Equal("1 decision due: AI portfolio 2026-W47", digest.Subject);
    }

    [Fact]
    public void Compose_LargestOverruns_LargestExcessFirst()
    {
        var text = Digest(WeeklyStatusComposer.Compose(Input()), StatusMessageKind.Leadership).Text;
        var overruns = text[text.IndexOf("LARGEST OVERRUNS", StringComparison.Ordinal)..];
        Assert.True(overruns.IndexOf("B-1", StringComparison.Ordinal) < overruns.IndexOf("A-1", StringComparison.Ordinal));
        Assert.Contains("Over cap: 1,000.00 EUR", overruns);
    }

    [Fact]
    public void Compose_SpendBars_InlineTablesWithPixelWidthsNoImages()
    {
        var html = Digest(WeeklyStatusComposer.Compose(Input()), StatusMessageKind.Leadership).Html;
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        // The portfolio: 4,250 of 4,000 (over: a full red bar); B-1 at 150% (full red); C-1 at 50% (80 of 160 pixels, green).
        Assert.Contains("<td width=\"160\" height=\"10\" bgcolor=\"#b91c1c\"", html);
        Assert.Contains("<td width=\"80\" height=\"10\" bgcolor=\"#15803d\" style=\"width:80px;height:10px;background-color:#15803d;", html);
        Assert.Contains("<td width=\"80\" height=\"10\" bgcolor=\"#e5e7eb\"", html);
        Assert.Contains("50%: 500.00 EUR of 1,000.00 EUR", html);
        var bars = Regex.Matches(html, "<table role=\"presentation\" width=\"160\"").Count;
        Assert.Equal(4, bars);
    }

    [Fact]
    public void Compose_SpendBars_TextPartDrawsThemInCharacters()
    {
        var text = Digest(WeeklyStatusComposer.Compose(Input()), StatusMessageKind.Leadership).Text;
        Assert.Contains("[##########..........] 50%: 500.00 EUR of", text);
        Assert.Contains("[!!!!!!!!!!!!!!!!!!!!] 150%", text);
    }

    [Fact]
    public void Compose_HostileNameInTheGlance_HtmlEncoded()
    {
        var html = Digest(WeeklyStatusComposer.Compose(Input()), StatusMessageKind.Leadership).Html;
        Assert.DoesNotContain("<b>Drafts</b>", html);
        Assert.Contains("&lt;b&gt;Drafts&lt;/b&gt; &amp; co", html);
    }

    [Fact]
    public void Compose_WithoutFinanceModel_NoFinanceDigest()
    {
        Assert.DoesNotContain(WeeklyStatusComposer.Compose(Input()), m => m.Kind == StatusMessageKind.Finance);
    }

    [Fact]
    public void Compose_FinanceDigest_ToFinanceEmailsWithOverCapUnapprovedAndCategoryTotals()
    {
        var finance = FinanceModel(broken: false);

        var digest = Digest(WeeklyStatusComposer.Compose(Input(finance)), StatusMessageKind.Finance);

        Assert.Equal(["ap@example.com"], digest.Recipients);
        Assert.Equal("finance", digest.Key);
        Assert.StartsWith("AI portfolio finance 2026-W47: 2 initiatives over the cap, 1 unapproved overage", digest.Subject);
        Assert.Contains("OVER THE CAP THIS MONTH", digest.Text);
        Assert.Contains("OVERAGES WITHOUT A VERIFIED APPROVAL", digest.Text);
        Assert.Contains("- Staff time\n  2026-10: 1,400.00 EUR\n  2026-11 to 2026-11-20: 1,400.00 EUR", digest.Text);
        Assert.Contains("Overage: Within OverageLimit: finance@example.com, 400.00 EUR on 2026-11-05", digest.Text);
        Assert.Contains("Month: 2026-10\n  Unapproved excess: 400.00 EUR", digest.Text);
        Assert.Contains("<table role=\"presentation\" width=\"160\"", digest.Html);
    }

    [Fact]
    public void Compose_FinanceDigestOfABrokenLog_SaysSoAndNeverApproved()
    {
        var finance = FinanceModel(broken: true);

        var digest = Digest(WeeklyStatusComposer.Compose(Input(finance)), StatusMessageKind.Finance);

        Assert.Equal("AI portfolio finance 2026-W47: 2 initiatives over the cap, 2 unapproved overages, decision log broken", digest.Subject);
        Assert.Contains("DECISION LOG BROKEN", digest.Text);
        Assert.Contains("Unverified: decision D1 by finance@example.com", digest.Text);
        Assert.DoesNotContain("Within OverageLimit", digest.Text);
    }

    /// <summary>I1 over its 1,000 cap by 400 in October (unapproved) and in November (approved on the 5th by its OverageApprover).</summary>
    private static FinanceReport FinanceModel(bool broken)
    {
        var workbook = new PortfolioBuilder().With(new InitiativeBuilder("I1").Overage("finance@example.com", 500m))
            .WithSpend("I1", new DateOnly(2026, 10, 2), SpendCategory.StaffTime, 1400m)
            .WithSpend("I1", new DateOnly(2026, 11, 2), SpendCategory.StaffTime, 1400m)
            .WithSettings(s => s with { Currency = "EUR" }).Build();
        var log = new ChainBuilder().Overage("finance@example.com", 400m, new DateOnly(2026, 11, 5));
        if (broken)
        {
            log.Tamper(1, 450m);
        }
        return FinanceReportBuilder.Build(workbook, log.Entries, log.Verification, ReviewDates.AsOf, months: 2);
    }
}
