using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.DecisionLog;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Mail;

public class WeeklyStatusComposerTests
{
    private static readonly IsoWeek Week = new(2026, 47);

    private static readonly PortfolioSettings Settings = new()
    {
        Currency = "EUR",
        LeadershipEmails = ["cto@example.com", "CFO@example.com", "not-an-email"],
        AccountableLeader = "cfo@EXAMPLE.com",
    };

    private static WeeklyStatusInput Input(
        PortfolioReview review, IReadOnlyDictionary<string, Verdict>? previous = null,
        IReadOnlyList<DecisionEntry>? decisions = null) => new()
    {
        Review = review, PreviousVerdicts = previous, Decisions = decisions ?? [], Settings = Settings, Week = Week,
    };

    private static PortfolioReview ThreeOwners() => StatusReviewBuilder.Portfolio(
        new StatusReviewBuilder("A-1", "alice@example.com").WithVerdict(Verdict.Fix, "Metric accuracy is Retry").Build(),
        new StatusReviewBuilder("B-1", "bob@example.com").WithVerdict(Verdict.Pause, "Over cap").Build(),
        new StatusReviewBuilder("A-2", "Alice@Example.com").WithVerdict(Verdict.Fix, "Only 2 metrics").Build(),
        new StatusReviewBuilder("N-1", "Team Ops").WithVerdict(Verdict.Pause, "No owner").Build(),
        new StatusReviewBuilder("E-1", null).WithVerdict(Verdict.Fix, "No metrics").Build());

    [Fact]
    public void Compose_Owners_OneMessagePerDistinctOwnerEmailWithTheirInitiatives()
    {
        var messages = WeeklyStatusComposer.Compose(Input(ThreeOwners()));

        var owners = messages.Where(m => m.Kind == StatusMessageKind.Owner).ToList();
        Assert.Equal(["owner:alice@example.com", "owner:bob@example.com"], owners.Select(m => m.Key));
        var alice = owners[0];
        Assert.Equal(["alice@example.com"], alice.Recipients);
        Assert.Contains("A-1 Initiative A-1", alice.Text);
        Assert.Contains("A-2 Initiative A-2", alice.Text);
        Assert.DoesNotContain("B-1", alice.Text);
        Assert.DoesNotContain("N-1", alice.Html);
        Assert.Equal("Your AI initiatives, status 2026-W47: 2 to fix", alice.Subject);
        Assert.All(messages, m => Assert.Equal(Week, m.IsoWeek));
    }

    [Fact]
    public void Compose_Digest_AllInitiativesDedupedRecipientsAndPolicyIssues()
    {
        var messages = WeeklyStatusComposer.Compose(Input(ThreeOwners()));

        var digest = Assert.Single(messages, m => m.Kind == StatusMessageKind.Leadership);
        Assert.Equal("leadership", digest.Key);
        Assert.Equal(["cto@example.com", "CFO@example.com"], digest.Recipients);
        Assert.Equal("2 pause: AI portfolio 2026-W47", digest.Subject);
        Assert.Contains("- 5 initiatives\n  Expand: 0\n  Continue: 0\n  Fix: 3\n  Pause: 2\n", digest.Text);
        Assert.Contains("Owner 'Team Ops' is not an email", digest.Text);
        Assert.Contains("No owner: nobody received", digest.Text);
        Assert.Contains("LeadershipEmails value 'not-an-email' is not an email", digest.Text);
    }

    [Fact]
    public void Compose_OwnerWithADotlessDomain_GetsNoMailAndIsListedAsTheReviewStopsOnIt()
    {
        var review = StatusReviewBuilder.Portfolio(
            new StatusReviewBuilder("L-1", "ann@localhost").WithVerdict(Verdict.Pause, "no owner").Build());

        var messages = WeeklyStatusComposer.Compose(Input(review));

        Assert.DoesNotContain(messages, m => m.Recipients.Contains("ann@localhost"));
        Assert.Contains("Owner 'ann@localhost' is not an email", messages.Single(m => m.Key == "leadership").Text);
        Assert.NotNull(StopConditionRules.NoOwner("ann@localhost"));
    }

    [Fact]
    public void Compose_NoValidLeadership_NoDigest()
    {
        var input = Input(ThreeOwners()) with { Settings = new PortfolioSettings { LeadershipEmails = ["x"] } };

        Assert.DoesNotContain(WeeklyStatusComposer.Compose(input), m => m.Kind == StatusMessageKind.Leadership);
    }

    [Fact]
    public void Compose_HostileNames_HtmlEncodedEverywhere()
    {
        var review = StatusReviewBuilder.Portfolio(
            new StatusReviewBuilder("X-1", "eve@example.com").Named("<script>alert('x')</script> R&D")
                .WithVerdict(Verdict.Fix, "Reason <b>bold</b> & more").WithFlag("<img src=x onerror=y>").Build());

        var messages = WeeklyStatusComposer.Compose(Input(review));

        Assert.All(messages, m =>
        {
            Assert.DoesNotContain("<script", m.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", m.Html);
            Assert.DoesNotContain("<img", m.Html);
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; R&amp;D", m.Html);
            Assert.Contains("<script>alert('x')</script> R&D", m.Text);
        });
        // The owner's email quotes every reason; the digest lists only what needs action.
        Assert.Contains("Reason &lt;b&gt;bold&lt;/b&gt; &amp; more", messages.Single(m => m.Kind == StatusMessageKind.Owner).Html);
    }

    [Fact]
    public void Compose_Html_OutlookSafeMarkup()
    {
        var messages = WeeklyStatusComposer.Compose(Input(ThreeOwners()));

        Assert.All(messages, m =>
        {
            Assert.StartsWith("<!DOCTYPE html>", m.Html);
            Assert.Contains("<html", m.Html);
            Assert.EndsWith("</html>\n", m.Html);
            Assert.DoesNotContain("<style", m.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("class=", m.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", m.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", m.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<div", m.Html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<table", m.Html);
        });
        var digest = messages.Single(m => m.Kind == StatusMessageKind.Leadership);
        // The glance's counts in verdict colours: 3 Fix, 2 Pause.
        Assert.Contains("background-color:#a16207;color:#ffffff;font-weight:bold;white-space:nowrap;\">3</td>", digest.Html);
        Assert.Contains("background-color:#c2410c;color:#ffffff;font-weight:bold;white-space:nowrap;\">2</td>", digest.Html);
    }

    [Fact]
    public void Compose_LongValues_TextLinesAtMost80Columns()
    {
        var longText = string.Join(' ', Enumerable.Repeat("overlong reason words", 20)) + " " + new string('x', 200);
        var review = StatusReviewBuilder.Portfolio(
            new StatusReviewBuilder("L-1", "longname.person.with.many.parts@subdomain.example.com")
                .WithVerdict(Verdict.Fix, longText).WithStop(longText).Build());

        var messages = WeeklyStatusComposer.Compose(Input(review));

        Assert.All(messages, m => Assert.All(m.Text.Split('\n'), line => Assert.True(line.Length <= 80, line)));
        Assert.Contains(new string('x', 60), messages[0].Text);
    }

    [Fact]
    public void Compose_VerdictChangesSinceLastReview_ShowsArrow()
    {
        var previous = new Dictionary<string, Verdict> { ["a-1"] = Verdict.Continue, ["B-1"] = Verdict.Pause };

        var digest = WeeklyStatusComposer.Compose(Input(ThreeOwners(), previous)).Single(m => m.Key == "leadership");

        Assert.Contains("Change: Continue -> Fix", digest.Text);
        Assert.Contains("Change: new -> Pause", digest.Text);
        Assert.DoesNotContain("Pause -> Pause", digest.Text);
    }

    [Fact]
    public void Compose_NoPreviousReview_SaysSo()
    {
        var digest = WeeklyStatusComposer.Compose(Input(ThreeOwners())).Single(m => m.Key == "leadership");

        Assert.Contains("No earlier review to compare with.", digest.Text);
    }

    [Fact]
    public void Compose_Decisions_OnlyTheOwnersInTheirMessage()
    {
        var onA = DecisionChain.Next(new DecisionDraftBuilder().WithId("d-a").With(d => d with
        {
            InitiativeId = "a-1", DecisionType = DecisionType.Overage, WhatChanged = "Overage for November", Amount = 1200m,
        }).Build(), null);
        var onB = DecisionChain.Next(new DecisionDraftBuilder().WithId("d-b").With(d => d with
        {
            InitiativeId = "B-1", DecisionType = DecisionType.Pause, WhatChanged = "Paused rollout", Amount = null,
        }).Build(), onA);

        var messages = WeeklyStatusComposer.Compose(Input(ThreeOwners(), decisions: [onA, onB]));

        var alice = messages.Single(m => m.Key == "owner:alice@example.com");
        Assert.Contains("Overage: Overage for November (1,200.00 EUR)", alice.Text);
        Assert.DoesNotContain("Paused rollout", alice.Text);
        var digest = messages.Single(m => m.Key == "leadership");
        Assert.Contains("- B-1 Initiative B-1\n  Change: Pause logged 2026-11-20 by cfo@example.com: Paused rollout", digest.Text);
    }

    [Fact]
    public void Compose_TypedApprover_DigestAndOwnerMessageSayTyped()
    {
        var typed = DecisionChain.Next(new DecisionDraftBuilder().WithId("d-t").With(d => d with
        {
            InitiativeId = "a-1", DecisionType = DecisionType.Overage, WhatChanged = "Overage for November", Amount = 1200m,
            ApproverSource = ApproverSource.Typed,
        }).Build(), null);

        var messages = WeeklyStatusComposer.Compose(Input(ThreeOwners(), decisions: [typed]));

        Assert.Contains("Overage logged 2026-11-20 by cfo@example.com (typed):", messages.Single(m => m.Key == "leadership").Text);
        Assert.Contains("Approved by: cfo@example.com (typed)", messages.Single(m => m.Key == "owner:alice@example.com").Text);
    }

    [Fact]
    public void Compose_LogHeadGiven_DigestStatesItsSequenceAndShortHashInOneLine()
    {
        var first = DecisionChain.Next(new DecisionDraftBuilder().WithId("d-1").Build(), null);
        var second = DecisionChain.Next(new DecisionDraftBuilder().WithId("d-2").Build(), first);

        var digest = WeeklyStatusComposer.Compose(Input(ThreeOwners(), decisions: [second]) with { LogHead = LogHead.Of([first, second]) })
            .Single(m => m.Key == "leadership");

        var line = digest.Text.Split('\n').Single(l => l.Contains("The decision log ends at", StringComparison.Ordinal));
        Assert.Contains($"The decision log ends at entry {second.Sequence}, hash {second.Hash[..12]}.", line);
        Assert.Contains("Keep this line", line);
    }

    [Fact]
    public void Compose_LogHeadNotRead_DigestSaysSoRatherThanAnEmptyLog()
    {
        var digest = WeeklyStatusComposer.Compose(Input(ThreeOwners())).Single(m => m.Key == "leadership");
        Assert.Contains("The decision log ends at a point not read for this digest.", digest.Text.Replace("\n", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_Spend_ShowsCapUseForecastAndOverCap()
    {
        var review = StatusReviewBuilder.Portfolio(
            new StatusReviewBuilder("S-1", "sam@example.com")
                .WithSpend(new SpendSummary(1250m, 1000m, 1.25, 1875m, true, 250m, false, "no Overage decision")).Build(),
            new StatusReviewBuilder("S-2", "sam@example.com").Build());

        var sam = WeeklyStatusComposer.Compose(Input(review)).Single(m => m.Key == "owner:sam@example.com");

        Assert.Contains("Month to date: 1,250.00 EUR", sam.Text);
        Assert.Contains("Cap used: 125%", sam.Text);
        Assert.Contains("Forecast: 1,875.00 EUR", sam.Text);
        Assert.Contains("Over cap: 250.00 EUR (not approved: no Overage decision)", sam.Text);
        Assert.Contains("- Total", sam.Text);
        Assert.Contains("Month to date: 1,750.00 EUR", sam.Text);
    }

    [Fact]
    public void Compose_RisksAndNextDecisions_ListedWithApproversAndDue()
    {
        var review = StatusReviewBuilder.Portfolio(
            new StatusReviewBuilder("R-1", "rae@example.com").WithStop("Failure would be invisible")
                .WithFailingRollback("Last rollback drill 2026-01-05 is older than 90 days")
                .WithFlag("Next review 2026-11-01 is overdue")
                .WithNext(new NextDecision(DecisionType.Expand, new DateOnly(2026, 11, 15), ["cto@example.com", "vp@example.com"]))
                .Build(),
            new StatusReviewBuilder("R-2", "rae@example.com")
                .WithNext(new NextDecision(DecisionType.Launch, new DateOnly(2026, 12, 5), [])).Build());

        var rae = WeeklyStatusComposer.Compose(Input(review)).Single(m => m.Kind == StatusMessageKind.Owner);

        Assert.Contains("Issue: Stop condition: Failure would be invisible", rae.Text);
        Assert.Contains("Issue: Control failing: Last rollback drill 2026-01-05 is older than 90 days", rae.Text);
        Assert.Contains("Issue: Next review 2026-11-01 is overdue", rae.Text);
        Assert.Contains("Who may approve: cto@example.com, vp@example.com", rae.Text);
        Assert.Contains("Due: 2026-11-15 (overdue)", rae.Text);
        Assert.Contains("Who may approve: Nobody: no DecisionRights row allows it", rae.Text);
        Assert.True(rae.Text.IndexOf("Decision: Expand", StringComparison.Ordinal)
                    < rae.Text.IndexOf("Decision: Launch", StringComparison.Ordinal));
    }
}
