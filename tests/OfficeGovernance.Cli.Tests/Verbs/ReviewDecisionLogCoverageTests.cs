using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>docs/rules.md#decision-log: a workbook whose DecisionLog table lists decisions its log lacks is refused.</summary>
public sealed class ReviewDecisionLogCoverageTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    private async Task<string> WrittenCopyAsync()
    {
        var write = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write");
        Assert.Equal(ExitCodes.Done, write.ExitCode);
        var copy = _workspace.PathOf("portfolio-copy.xlsx");
        File.Copy(_workspace.Workbook, copy);
        return copy;
    }

    [Fact]
    public async Task Review_WrittenWorkbookWithItsLog_ReviewsAgain()
    {
        await WrittenCopyAsync();
        var again = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20");
        Assert.Equal(ExitCodes.Done, again.ExitCode);
    }

    [Fact]
    public async Task Review_CopiedWithoutItsLog_Exits2NamingEveryEntryAndTheLogAndWritesNothing()
    {
        var copy = await WrittenCopyAsync();
        var before = await File.ReadAllBytesAsync(copy);

        var result = await _cli.RunAsync("review", "--workbook", copy, "--as-of", "2026-11-20", "--write");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var lines = result.Error.Split(Environment.NewLine).Where(l => l.StartsWith("DecisionLog[DecisionId] row ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(9, lines.Length);
        Assert.All(lines, line => Assert.Contains($"decision log {Path.GetFullPath(copy)}.decisions.jsonl (0 entries)", line));
        Assert.Contains("(DecisionLog!B2)", lines[0]);
        Assert.Equal(before, await File.ReadAllBytesAsync(copy));
        Assert.False(File.Exists(copy + ".decisions.jsonl"));
    }

    [Fact]
    public async Task Review_WrongDecisionLogOption_Exits2()
    {
        var copy = await WrittenCopyAsync();
        var other = _workspace.PathOf("other.decisions.jsonl");

        var result = await _cli.RunAsync("review", "--workbook", copy, "--as-of", "2026-11-20", "--decision-log", other);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"not in the decision log {other}", result.Error);
    }

    [Fact]
    public async Task Review_CopiedTogetherWithItsLog_Reviews()
    {
        var copy = await WrittenCopyAsync();
        File.Copy(_workspace.DecisionLog, copy + ".decisions.jsonl");

        var result = await _cli.RunAsync("review", "--workbook", copy, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
    }
}
