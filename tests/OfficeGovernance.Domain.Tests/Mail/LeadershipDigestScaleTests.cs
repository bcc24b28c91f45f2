using System.Text.RegularExpressions;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Mail;

/// <summary>
/// The leadership digest of a 2,000-initiative portfolio stays about two screens tall (docs/rules.md#weekly-status): every
/// list is shortened and says how many more there are and where to see them. Set I24_DIGEST_HTML to a path to keep
/// the HTML for measuring it in chromium (README, leadership digest).
/// </summary>
public class LeadershipDigestScaleTests
{
    private static PortfolioReview LargePortfolio()
    {
        var builder = new PortfolioBuilder();
        for (var i = 1; i <= 2_000; i++)
        {
            var id = $"I{i:0000}";
            builder.AddHealthy(id, b => i % 5 == 0 ? b.Owner(null) : i % 7 == 0 ? b.WithStatus(InitiativeStatus.Retired) : b);
            if (i % 3 == 0)
            {
                builder.WithSpend(id, new DateOnly(2026, 11, 4), SpendCategory.Cloud, 600m + i);
            }
        }
        return builder.WithSettings(s => s with { LeadershipEmails = ["cto@example.com"] }).Review();
    }

    [Fact]
    public void Compose_TwoThousandInitiatives_EveryListShortenedAndNothingRepeated()
    {
        var review = LargePortfolio();
        var input = new WeeklyStatusInput
        {
            Review = review, Settings = new PortfolioSettings { Currency = "USD", LeadershipEmails = ["cto@example.com"] },
            Week = new IsoWeek(2026, 47), PreviousVerdicts = review.Initiatives.ToDictionary(r => r.Initiative.Id, _ => Verdict.Continue),
        };

        var digest = WeeklyStatusComposer.Compose(input).Single(m => m.Kind == StatusMessageKind.Leadership);
        if (Environment.GetEnvironmentVariable("I24_DIGEST_HTML") is { Length: > 0 } path)
        {
            File.WriteAllText(path, digest.Html);
            File.WriteAllText(path + ".txt", digest.Subject + "\n" + digest.Text);
        }

        Assert.True(digest.Subject.Length < 80, digest.Subject);
        Assert.Matches(@"^([\d,]+ stop, )?[\d,]+ pause, [\d,]+ decisions due: AI portfolio 2026-W47$", digest.Subject);
        // Glance 2 rows, changes 6, decisions 10, overruns 5, risks 6, spend bars (portfolio and 5): 35 rows in all.
        Assert.Equal(35, Regex.Count(digest.Text, "^- ", RegexOptions.Multiline));
        Assert.Equal(4, Regex.Count(digest.Text, @"^and [\d,]+ more: see the Review sheet", RegexOptions.Multiline));
        var decisions = digest.Text[digest.Text.IndexOf("DECISIONS DUE", StringComparison.Ordinal)..digest.Text.IndexOf("LARGEST OVERRUNS", StringComparison.Ordinal)];
        Assert.Equal(10, Regex.Count(decisions, "^- I", RegexOptions.Multiline));
    }
}
