using System.Text;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>Issue 23 findings 4 and 5 on the CLI: a torn final line, <c>decisions repair</c>, and idempotency keys.</summary>
public sealed class DecisionLogTrustCommandsTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Verify_TornFinalLine_Exits3NamingTheLine()
    {
        var before = await TearAsync();

        var verify = await _cli.RunAsync("decisions", "verify", "--workbook", _workspace.Workbook);
        var decide = await Continue("k-torn");

        Assert.Equal(ExitCodes.BrokenChain, verify.ExitCode);
        Assert.Contains("Line 10", verify.Error);
        Assert.Equal(ExitCodes.BrokenChain, decide.ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.DecisionLog));
    }

    [Fact]
    public async Task Repair_TornFinalLine_PrintsAndRemovesOnlyThatLine()
    {
        var intact = await File.ReadAllBytesAsync(_workspace.DecisionLog);
        await TearAsync();

        var repair = await _cli.RunAsync("decisions", "repair", "--workbook", _workspace.Workbook);
        var again = await _cli.RunAsync("decisions", "repair", "--workbook", _workspace.Workbook);
        var verify = await _cli.RunAsync("decisions", "verify", "--workbook", _workspace.Workbook);

        Assert.Equal(ExitCodes.Done, repair.ExitCode);
        Assert.Contains("Removing incomplete line 10", repair.Output);
        Assert.Contains(TornText, repair.Output);
        Assert.Equal(intact, await File.ReadAllBytesAsync(_workspace.DecisionLog));
        Assert.Contains("Nothing to repair", again.Output);
        Assert.Equal(ExitCodes.Done, verify.ExitCode);
    }

    [Fact]
    public async Task Decide_SameIdempotencyKeyTwice_RecordsOnce()
    {
        var first = await Continue("k-1");
        var second = await Continue("k-1");

        Assert.Equal(ExitCodes.Done, first.ExitCode);
        Assert.Equal(ExitCodes.Done, second.ExitCode);
        Assert.Contains("nothing was written", second.Output);
        Assert.Equal(10, File.ReadLines(_workspace.DecisionLog).Count());
    }

    [Fact]
    public async Task Decide_SameIdempotencyKeyOtherContent_Exits2AndWritesNothing()
    {
        await Continue("k-1");
        var before = await File.ReadAllBytesAsync(_workspace.DecisionLog);

        var other = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOC-0228",
            "--type", "Continue", "--by", "cto@example.org", "--why", "Something else", "--idempotency-key", "k-1");

        Assert.Equal(ExitCodes.InvalidInput, other.ExitCode);
        Assert.Contains("k-1", other.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.DecisionLog));
    }

    [Fact]
    public async Task Verify_TableStorageUnreachable_Exits1WithOneLineNamingTheStoreAndSetting()
    {
        // Finding 7: nothing listens on port 1 of loopback.
        var keyed = _workspace.NewWorkbook("keyed.xlsx", Guid.NewGuid());
        const string unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

        var verify = await _cli.RunAsync("decisions", "verify", "--workbook", keyed, "--decision-log", unreachable);

        Assert.Equal(ExitCodes.Failure, verify.ExitCode);
        var line = Assert.Single(verify.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Table Storage cannot be reached", line);
        Assert.Contains("DecisionLog:TableConnection", line);
        Assert.DoesNotContain("Eby8vdM02", line);
    }

    private const string TornText = "{\"sequence\":10,\"decisionId\":\"cut-o";

    private Task<CliResult> Continue(string key) =>
        _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOC-0228", "--type", "Continue",
            "--by", "cto@example.org", "--why", "On target", "--idempotency-key", key);

    private async Task<byte[]> TearAsync()
    {
        await File.AppendAllTextAsync(_workspace.DecisionLog, TornText, new UTF8Encoding(false));
        return await File.ReadAllBytesAsync(_workspace.DecisionLog);
    }
}
