using OfficeGovernance.Cli.Samples;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

public sealed class WeeklyFinanceDigestTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("og-finance-digest-").FullName;
    private readonly CliHarness _cli = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string SampleWithFinanceEmails()
    {
        var sample = SamplePortfolioGenerator.Generate();
        var workbook = sample.Workbook with
        {
            Settings = sample.Workbook.Settings with { FinanceEmails = ["ap@example.org", "controller@example.org"] },
        };
        var path = Path.Combine(_directory, "portfolio.xlsx");
        PortfolioWorkbookFile.Create(path, PortfolioTables.ToOutputTables(workbook));
        var log = new JsonLinesDecisionLogStore(JsonLinesDecisionLogStore.DefaultPathFor(path));
        foreach (var draft in sample.Decisions)
        {
            log.AppendAsync(draft, CancellationToken.None).GetAwaiter().GetResult();
        }
        return path;
    }

    [Fact]
    public async Task WeeklyStatus_FinanceEmailsSet_SendsTheFinanceDigestOncePerWeek()
    {
        var workbook = SampleWithFinanceEmails();
        var outbox = Path.Combine(_directory, "outbox");

        var first = await _cli.RunAsync("weekly-status", "--workbook", workbook, "--outbox", outbox, "--as-of", "2026-11-20");
        var second = await _cli.RunAsync("weekly-status", "--workbook", workbook, "--outbox", outbox, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, first.ExitCode);
        Assert.Contains("2026-W47: 14 email(s) written", first.Output);
        Assert.Contains("0 email(s) written", second.Output);
        var finance = Directory.GetFiles(Path.Combine(outbox, "2026-W47"), "finance*.eml").Single();
        var mail = await File.ReadAllTextAsync(finance);
        Assert.Contains("To: ap@example.org, controller@example.org", mail);
        Assert.Contains("Subject: AI portfolio finance 2026-W47: 2 initiatives over the cap, 1\r\n unapproved overage", mail);
        Assert.Contains("multipart/alternative", mail);
    }
}
