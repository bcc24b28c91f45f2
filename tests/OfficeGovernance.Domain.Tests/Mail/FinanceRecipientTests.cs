using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Mail;

/// <summary>Issue 25: when no finance digest goes out, the leadership digest says so and why.</summary>
public class FinanceRecipientTests
{
    private static WeeklyStatusInput Input(params string[] financeEmails) => new()
    {
        Review = StatusReviewBuilder.Portfolio(new StatusReviewBuilder("A-1", "alice@example.com").Build()),
        Settings = new PortfolioSettings { Currency = "USD", LeadershipEmails = ["cto@example.com"], FinanceEmails = financeEmails },
        Week = new IsoWeek(2026, 47),
    };

    // The text part wraps long cells: compared with its white space run together.
    private static string LeadershipText(WeeklyStatusInput input) => System.Text.RegularExpressions.Regex.Replace(
        WeeklyStatusComposer.Compose(input).Single(m => m.Kind == StatusMessageKind.Leadership).Text, @"\s+", " ");

    [Fact]
    public void Compose_FinanceEmailsEmpty_LeadershipDigestSaysNoFinanceDigestWasSentAndWhy()
    {
        Assert.Contains("No finance digest was sent: Settings FinanceEmails is empty.", LeadershipText(Input()));
    }

    [Fact]
    public void Compose_NoFinanceEmailIsAnEmail_SaysNoneIsAndNamesEachValue()
    {
        var text = LeadershipText(Input("finance team"));
        Assert.Contains("No finance digest was sent: no Settings FinanceEmails value is an email.", text);
        Assert.Contains("FinanceEmails value 'finance team' is not an email: no finance digest sent to it.", text);
    }

    [Fact]
    public void FinanceRecipientIssues_OneValidRecipient_None()
    {
        var settings = new PortfolioSettings { Currency = "USD", FinanceEmails = ["ap@example.com"] };
        Assert.Empty(WeeklyStatusComposer.FinanceRecipientIssues(settings));
        Assert.Equal(["ap@example.com"], WeeklyStatusComposer.FinanceRecipients(settings));
    }
}
