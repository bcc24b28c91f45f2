using System.Text;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// The log's end is anchored in the workbook's DecisionLog copy (docs/rules.md#decision-log; issue 23, findings 4 and 6):
/// a log cut short, rewritten with a recomputed chain, or missing is broken for verify and refused by list.
/// </summary>
public sealed class DecisionLogAnchorTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Verify_LastFiveEntriesDeleted_Exits3NamingTheFirstMissing()
    {
        var lines = await WrittenAsync();
        await File.WriteAllTextAsync(_workspace.DecisionLog, string.Concat(lines.Take(4).Select(l => l + "\n")), new UTF8Encoding(false));

        var verify = await Verify();
        var list = await _cli.RunAsync("decisions", "list", "--workbook", _workspace.Workbook);

        Assert.Equal(ExitCodes.BrokenChain, verify.ExitCode);
        Assert.Contains("DecisionLog[DecisionId] row 5", verify.Error);
        Assert.Contains(DecisionLogEntryJson.Parse(lines[4]).Decision.DecisionId, verify.Error);
        Assert.Contains("5 difference(s)", verify.Error);
        Assert.Equal(ExitCodes.InvalidInput, list.ExitCode);
        Assert.Equal("", list.Output); // streamed only after the whole log was held to the copy: nothing shown of a refused log
    }

    [Fact]
    public async Task Verify_ApproverRewrittenAndChainRecomputed_Exits3NamingTheEntry()
    {
        var lines = await WrittenAsync();
        var entries = lines.Select(DecisionLogEntryJson.Parse).ToList();
        var forged = new List<DecisionEntry>();
        foreach (var entry in entries)
        {
            var draft = entry.Sequence == 7 ? entry.Decision with { ApprovedBy = "mallory@example.org" } : entry.Decision;
            forged.Add(DecisionChain.Next(draft, forged.Count == 0 ? null : forged[^1]));
        }
        await File.WriteAllTextAsync(_workspace.DecisionLog,
            string.Concat(forged.Select(e => DecisionLogEntryJson.Serialize(e) + "\n")), new UTF8Encoding(false));
        Assert.True(DecisionChain.Verify(forged).IsIntact);

        var verify = await Verify();

        Assert.Equal(ExitCodes.BrokenChain, verify.ExitCode);
        Assert.Contains("DecisionLog[DecisionId] row 7", verify.Error);
        Assert.Contains("the log was rewritten", verify.Error);
    }

    [Fact]
    public async Task VerifyAndList_LogInTheWrongPlace_RefuseInsteadOfAnEmptyTruth()
    {
        await WrittenAsync();
        var nowhere = _workspace.PathOf("nowhere.jsonl");

        var verify = await _cli.RunAsync("decisions", "verify", "--workbook", _workspace.Workbook, "--decision-log", nowhere);
        var list = await _cli.RunAsync("decisions", "list", "--workbook", _workspace.Workbook, "--decision-log", nowhere);

        Assert.Equal(ExitCodes.BrokenChain, verify.ExitCode);
        Assert.Contains("9 difference(s)", verify.Error);
        Assert.Equal(ExitCodes.InvalidInput, list.ExitCode);
        Assert.False(File.Exists(nowhere));
    }

    [Fact]
    public async Task Verify_DecisionsAfterTheLastWrite_StillIntact()
    {
        await WrittenAsync();
        await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOC-0228", "--type", "Continue",
            "--by", "cto@example.org", "--why", "On target");

        var verify = await Verify();

        Assert.Equal(ExitCodes.Done, verify.ExitCode);
    }

    private Task<CliResult> Verify() => _cli.RunAsync("decisions", "verify", "--workbook", _workspace.Workbook);

    // review --write copies the nine entries, with sequence and hash, into the workbook's DecisionLog table.
    private async Task<string[]> WrittenAsync()
    {
        var write = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write");
        Assert.Equal(ExitCodes.Done, write.ExitCode);
        return await File.ReadAllLinesAsync(_workspace.DecisionLog);
    }
}
