using System.Text.Json;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// The review of the 2024 federal inventory (2,130 use cases) just imported into a new workbook, built here by
/// import-inventory (issue 24: leadership's week at a glance at the scale of a real portfolio).
/// </summary>
[Collection(ImportedOmb2024Collection.Name)]
public sealed class ImportedInventoryReviewTests(ImportedOmb2024Workbook imported)
{
    private readonly CliHarness _cli = new();

    private string ImportedWorkbook()
    {
        Assert.Equal(ExitCodes.Done, imported.Import.ExitCode);
        return imported.Workbook;
    }

    [Fact]
    public async Task Review_ImportedOmb2024_OpensWithGapsThenCountsInAt150Lines()
    {
        var workbook = ImportedWorkbook();

        var result = await _cli.RunAsync("review", "--workbook", workbook, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var lines = result.Output.Split(Environment.NewLine);
        Assert.InRange(lines.Length, 40, 150);
        Assert.Equal("Portfolio review as of 2026-11-20 (USD), 2,130 initiatives", lines[0]);
        var gaps = Array.FindIndex(lines, l => l.StartsWith("GAPS BY DEPARTMENT", StringComparison.Ordinal));
        var counts = Array.FindIndex(lines, l => l.StartsWith("  VERDICT", StringComparison.Ordinal));
        Assert.InRange(gaps, 1, counts - 1);
        // Nothing imported has an owner, a scorecard, a cap, a rollback plan or a stop authority: 2,130 less 146 retired.
        Assert.Matches(@"^  All\s+1,984\s+1,984\s+1,984\s+1,984\s+1,984\s+1,984$", lines[counts - 2]);
        Assert.Contains(lines, l => l.StartsWith("  ... and 1,563 more: see review --all", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.True(line.Length <= ReviewActionSummary.Width, line));
    }

    [Fact]
    public async Task Review_ImportedOmb2024Json_KillOrMergeAtMostOneFifthAndNoStopOrPauseAllGreen()
    {
        var workbook = ImportedWorkbook();

        var result = await _cli.RunAsync("review", "--workbook", workbook, "--as-of", "2026-11-20", "--format", "json");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var initiatives = json.RootElement.GetProperty("initiatives").EnumerateArray().ToArray();
        var pool = initiatives.Count(i => i.GetProperty("verdict").GetString() is not ("Expand" or "Paused" or "Retired") &&
                                          i.GetProperty("stage").GetString() != "Idea");
        var candidates = json.RootElement.GetProperty("portfolio").GetProperty("killOrMergeCandidates").GetArrayLength();
        Assert.InRange(candidates, 1, (pool + 4) / 5);
        var stopOrPause = initiatives.Where(i => i.GetProperty("verdict").GetString() is "Stop" or "Pause").ToArray();
        Assert.NotEmpty(stopOrPause);
        Assert.All(stopOrPause, i => Assert.Contains(
            i.GetProperty("layers").EnumerateObject(), layer => layer.Value.GetString() != "Green"));
        var due = json.RootElement.GetProperty("portfolio").GetProperty("decisionsDue").EnumerateArray()
            .Select(d => d.GetString()).ToHashSet();
        Assert.All(initiatives.Where(i => i.GetProperty("verdict").GetString() == "Retired"),
            i => Assert.DoesNotContain(i.GetProperty("id").GetString(), due));
    }
}
