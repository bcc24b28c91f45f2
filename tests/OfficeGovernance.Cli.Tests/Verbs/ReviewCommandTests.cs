using System.Text.Json;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Review_SampleAll_PrintsEveryVerdictWithReasonsAfterTheSummary()
    {
        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--all");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var full = result.Output[result.Output.IndexOf("EVERY INITIATIVE", StringComparison.Ordinal)..];
        foreach (var verdict in new[] { "Expand", "Continue", "Fix", "Pause", "Stop", "Paused", "Retired" })
        {
            Assert.Contains($" {verdict} ", full);
        }
        Assert.StartsWith("Portfolio review as of 2026-11-20 (USD), 24 initiatives", result.Output, StringComparison.Ordinal);
        Assert.All(result.Output.Split(Environment.NewLine), line => Assert.True(line.Length <= ReviewActionSummary.Width, line));
    }

    [Fact]
    public async Task Review_Sample_OpensWithCountsThenStopPauseFixAndDecisionsDueByMoney()
    {
        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var lines = result.Output.Split(Environment.NewLine);
        Assert.DoesNotContain("EVERY INITIATIVE", result.Output);
        Assert.DoesNotContain("GAPS BY DEPARTMENT", result.Output); // the sample's log has decisions
        var headings = new[] { "VERDICT", "STOP (2)", "PAUSE (", "FIX (", "DECISIONS DUE (", "KILL-OR-MERGE" }
            .Select(h => Array.FindIndex(lines, l => l.TrimStart().StartsWith(h, StringComparison.Ordinal))).ToArray();
        Assert.DoesNotContain(-1, headings);
        Assert.Equal(headings.Order(), headings);
        Assert.Matches(@"^  initiatives\s+3\s+3\s+6\s+8\s+2\s+1\s+1\s+24$", lines[headings[0] + 1]);
        // Stop lines: USDA-1229 (at stake 51,800) before DOJ-1759 (30,800), each with its first reason.
        Assert.StartsWith("  USDA-1229    51,800  Foodborne Illness Source Attribution: Error rate is 8.45 %", lines[headings[1] + 1],
            StringComparison.Ordinal);
        Assert.StartsWith("  DOJ-1759     30,800  Adobe Suite Applications: Status is Stopped", lines[headings[1] + 2], StringComparison.Ordinal);
        Assert.Contains("... and 7 more: see review --all", lines[headings[4] + 11]);
    }

    [Fact]
    public async Task Review_JsonFormat_HasTheContractShape()
    {
        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--format", "json");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("2026-11-20", root.GetProperty("asOf").GetString());
        Assert.Equal("USD", root.GetProperty("currency").GetString());
        var first = root.GetProperty("initiatives")[0];
        foreach (var name in new[] { "id", "name", "owner", "stage", "riskLevel", "verdict", "reasons", "stopConditions", "controls", "layers", "spend", "nextDecision" })
        {
            Assert.True(first.TryGetProperty(name, out _), $"initiative lacks {name}");
        }
        foreach (var name in new[] { "stopAuthority", "fullCost", "rollbackReady" })
        {
            Assert.True(first.GetProperty("controls").TryGetProperty(name, out _), name);
        }
        foreach (var name in new[] { "workflow", "policy", "context", "evaluation", "economics" })
        {
            Assert.True(first.GetProperty("layers").TryGetProperty(name, out _), name);
        }
        foreach (var name in new[] { "monthToDate", "cap", "capUsed", "forecast", "overCap" })
        {
            Assert.True(first.GetProperty("spend").TryGetProperty(name, out _), name);
        }
        var portfolio = root.GetProperty("portfolio");
        Assert.Equal(24, portfolio.GetProperty("verdictCounts").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(JsonValueKind.Array, portfolio.GetProperty("killOrMergeCandidates").ValueKind);
    }

    [Fact]
    public async Task Review_WriteTwice_ReplacesItsOwnTablesWithSameVerdicts()
    {
        var first = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write", "--format", "json");
        var second = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write", "--format", "json");

        Assert.Equal(ExitCodes.Done, second.ExitCode);
        Assert.Equal(Verdicts(first.Output), Verdicts(second.Output));
        using var stream = File.OpenRead(_workspace.Workbook);
        var tables = new WorkbookTableReader().Read(stream, ["Review", "PortfolioSummary", "DecisionLog", "Review2"], "portfolio.xlsx");
        Assert.Equal(["DecisionLog", "PortfolioSummary", "Review"], tables.Select(t => t.Name).Order().ToArray());
        Assert.Equal(24, tables.Single(t => t.Name == "Review").Rows.Count);
        Assert.Equal(9, tables.Single(t => t.Name == "DecisionLog").Rows.Count);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public async Task Review_Write_PrintsTheSheetsAndRowCountsItWrote(string format)
    {
        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write", "--format", format);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        const string Wrote = "Wrote into portfolio.xlsx: Review (24 rows, sheet Review), PortfolioSummary (10 rows, sheet PortfolioSummary), " +
                             "DecisionLog (9 rows, sheet DecisionLog).";
        // Table output ends with the confirmation; JSON output stays one object and the confirmation goes to stderr.
        Assert.EndsWith(Wrote, (format == "json" ? result.Error : result.Output).TrimEnd(), StringComparison.Ordinal);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(result.Output);
        }
    }

    [Fact]
    public async Task Review_WriteIntoAWorkbookWithoutWorkbookId_WritesOneOnceAndKeepsIt()
    {
        var workbook = _workspace.NewWorkbook("unkeyed.xlsx", workbookId: null);
        File.Copy(_workspace.DecisionLog, JsonLinesDecisionLogStore.DefaultPathFor(workbook));

        var first = await _cli.RunAsync("review", "--workbook", workbook, "--as-of", "2026-11-20", "--write");
        var written = PortfolioWorkbookFile.LoadSettings(workbook).WorkbookId;
        var second = await _cli.RunAsync("review", "--workbook", workbook, "--as-of", "2026-11-20", "--write");

        Assert.Equal(ExitCodes.Done, first.ExitCode);
        Assert.Equal(ExitCodes.Done, second.ExitCode);
        Assert.Equal(Assert.Single(_cli.WorkbookIds), written);
        Assert.Equal(written, PortfolioWorkbookFile.LoadSettings(workbook).WorkbookId);
    }

    [Fact]
    public async Task Review_WriteWhileAnotherWriteIsUnderWay_Exits1AndKeepsTheFileBytes()
    {
        var before = await File.ReadAllBytesAsync(_workspace.Workbook);
        await File.WriteAllTextAsync(_workspace.Workbook + ".writing", "another writer");

        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("another command is writing", result.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.Workbook));
        Assert.Equal("another writer", await File.ReadAllTextAsync(_workspace.Workbook + ".writing"));
    }

    [Fact]
    public async Task Review_MalformedCells_ListsEveryProblemExits2AndKeepsTheFileBytes()
    {
        var path = _workspace.PathOf("bad.xlsx");
        MalformedWorkbook.Write(path,
            ("Initiatives", "Stage", 1, CellValue.FromText("Someday")),
            ("Metrics", "Baseline", 2, CellValue.FromText("about ten")),
            ("Spend", "InitiativeId", 3, CellValue.FromText("NOPE-1")));
        var before = File.ReadAllBytes(path);

        var result = await _cli.RunAsync("review", "--workbook", path, "--write");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Initiatives[Stage] row 1 (Initiatives!", result.Error);
        Assert.Contains("Metrics[Baseline] row 2 (Metrics!", result.Error);
        Assert.Contains("Spend[InitiativeId] row 3 (Spend!", result.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Review_NotAnXlsx_Exits2NamingTheFile()
    {
        var path = _workspace.PathOf("inventory.xlsx");
        await File.WriteAllTextAsync(path, "Use Case Name,Agency\nChatbot,FTC\n");

        var result = await _cli.RunAsync("review", "--workbook", path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("inventory.xlsx", result.Error);
    }

    [Fact]
    public async Task Review_MissingWorkbookOption_Exits2()
    {
        var result = await _cli.RunAsync("review");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--workbook", result.Error);
    }

    [Fact]
    public async Task Review_AsOfNotIso_Exits2()
    {
        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "20/11/2026");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("yyyy-mm-dd", result.Error);
    }

    private static string[] Verdicts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("initiatives").EnumerateArray()
            .Select(i => $"{i.GetProperty("id").GetString()}={i.GetProperty("verdict").GetString()}").ToArray();
    }
}
