using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Cli.Tests.Verbs;

public sealed class WeeklyStatusCommandTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task WeeklyStatus_SampleWeek_WritesOneEmailPerOwnerAndADigest()
    {
        var outbox = _workspace.PathOf("outbox");

        var result = await _cli.RunAsync("weekly-status", "--workbook", _workspace.Workbook, "--outbox", outbox, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var files = Directory.GetFiles(Path.Combine(outbox, "2026-W47"), "*.eml");
        // 12 owners (an Owner of "ED staff" is no email and gets nothing), plus the leadership and finance digests.
        Assert.Equal(14, files.Length);
        Assert.Contains("2026-W47: 14 email(s) written", result.Output);
        Assert.DoesNotContain("No finance digest", result.Output);
        var finance = await File.ReadAllTextAsync(files.Single(f => Path.GetFileName(f).StartsWith("finance", StringComparison.Ordinal)));
        Assert.Contains("To: finance.partner@example.org", finance);
        var digest = await File.ReadAllTextAsync(files.Single(f => Path.GetFileName(f).StartsWith("leadership", StringComparison.Ordinal)));
        Assert.Contains("multipart/alternative", digest);
        Assert.Contains("To: cto@example.org, cfo@example.org, ciso@example.org", digest);
    }

    [Fact]
    public async Task WeeklyStatus_RunTwiceInOneWeek_WritesNoSecondEmail()
    {
        var outbox = _workspace.PathOf("outbox");
        await _cli.RunAsync("weekly-status", "--workbook", _workspace.Workbook, "--outbox", outbox, "--as-of", "2026-11-19");
        var before = Directory.GetFiles(outbox, "*.eml", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);

        var second = await _cli.RunAsync("weekly-status", "--workbook", _workspace.Workbook, "--outbox", outbox, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, second.ExitCode);
        Assert.Contains("0 email(s) written", second.Output);
        var after = Directory.GetFiles(outbox, "*.eml", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
    }

    [Fact]
    public async Task WeeklyStatus_NextWeek_SendsAgain()
    {
        var outbox = _workspace.PathOf("outbox");
        await _cli.RunAsync("weekly-status", "--workbook", _workspace.Workbook, "--outbox", outbox, "--as-of", "2026-11-20");

        var next = await _cli.RunAsync("weekly-status", "--workbook", _workspace.Workbook, "--outbox", outbox, "--as-of", "2026-11-27");

        Assert.Equal(ExitCodes.Done, next.ExitCode);
        Assert.Contains("2026-W48: 14 email(s) written", next.Output);
    }

    [Fact]
    public async Task WeeklyStatus_FinanceEmailsEmpty_SaysTheFinanceDigestWasNotSentAndWhy()
    {
        var sample = global::OfficeGovernance.Cli.Samples.SamplePortfolioGenerator.Generate();
        var path = _workspace.PathOf("no-finance.xlsx");
        global::OfficeGovernance.Infrastructure.Workbooks.PortfolioWorkbookFile.Create(path, global::OfficeGovernance.Domain.Workbooks.PortfolioTables.ToOutputTables(
            sample.Workbook with { Settings = sample.Workbook.Settings with { FinanceEmails = [] } }));
        var outbox = _workspace.PathOf("outbox");

        var result = await _cli.RunAsync("weekly-status", "--workbook", path, "--outbox", outbox, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains("2026-W47: 13 email(s) written", result.Output);
        Assert.Contains("No finance digest was sent: Settings FinanceEmails is empty.", result.Output);
        Assert.Empty(Directory.GetFiles(Path.Combine(outbox, "2026-W47"), "finance*.eml"));
    }
}
