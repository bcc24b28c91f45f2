using System.Text.Json;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Cli.Tests.Verbs;

public sealed class DecisionCommandsTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Decide_ApproverWithoutTheRight_Exits4NamesWhoCouldAndLeavesTheLog()
    {
        var before = await File.ReadAllBytesAsync(_workspace.DecisionLog);

        var result = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOC-0228",
            "--type", "Expand", "--by", "portfolio.lead@example.org", "--why", "Two cycles at target");

        Assert.Equal(ExitCodes.Refused, result.ExitCode);
        Assert.Contains("cto@example.org", result.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.DecisionLog));
    }

    [Fact]
    public async Task Decide_Allowed_AppendsOneEntryThatVerifies()
    {
        var result = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "doc-0228",
            "--type", "expand", "--by", "cto@example.org", "--why", "Two cycles at target", "--cost-effect", "1500");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains("Decision 10 recorded: Expand on DOC-0228", result.Output);
        Assert.Equal(10, File.ReadLines(_workspace.DecisionLog).Count());
        var verify = await _cli.RunAsync("decisions", "verify", "--workbook", _workspace.Workbook);
        Assert.Equal(ExitCodes.Done, verify.ExitCode);
    }

    [Fact]
    public async Task Decide_EmbeddedLogWithoutBy_Exits2AskingForTheApprover()
    {
        var before = await File.ReadAllBytesAsync(_workspace.DecisionLog);

        var result = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOC-0228",
            "--type", "Continue", "--why", "On target");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--by", result.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.DecisionLog));
    }

    [Theory]
    [InlineData("cto@example")]
    [InlineData("cto@@example.org")]
    [InlineData("CTO <cto@example.org>")]
    public async Task Decide_ByNotAnEmail_Exits2NamingIt(string by)
    {
        var result = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOC-0228",
            "--type", "Continue", "--by", by, "--why", "On target");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"--by: '{by}' is not an email address", result.Error);
    }

    [Fact]
    public async Task Decide_OverageWithoutAmount_Exits2()
    {
        var result = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOE-0293",
            "--type", "Overage", "--by", "cfo@example.org", "--why", "Year-end close");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--amount", result.Error);
    }

    [Fact]
    public async Task Decide_UnknownInitiative_Exits2()
    {
        var result = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "NOPE-1",
            "--type", "Stop", "--by", "cto@example.org", "--why", "x");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("NOPE-1", result.Error);
    }

    [Fact]
    public async Task DecisionsList_Json_ListsTheShippedDecisionsInOrder()
    {
        var result = await _cli.RunAsync("decisions", "list", "--workbook", _workspace.Workbook, "--format", "json");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(9, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("json", "[]")]
    [InlineData("table", "0 decision(s).")]
    public async Task DecisionsList_EmptyLog_StillOneWholeDocument(string format, string ending)
    {
        File.Delete(_workspace.DecisionLog);
        var workbook = _workspace.NewWorkbook("empty.xlsx", null);

        var result = await _cli.RunAsync("decisions", "list", "--workbook", workbook, "--format", format);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.EndsWith(ending + Environment.NewLine, result.Output, StringComparison.Ordinal);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(result.Output);
            Assert.Equal(0, json.RootElement.GetArrayLength());
        }
    }

    [Theory]
    [InlineData("list")]
    [InlineData("verify")]
    public async Task Decisions_WorkbookMissing_Exits2NamingTheFile(string verb)
    {
        var missing = Path.Combine(Path.GetDirectoryName(_workspace.Workbook)!, "missing.xlsx");

        var result = await _cli.RunAsync("decisions", verb, "--workbook", missing);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"the file {missing} does not exist", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task DecisionsVerify_EditedEntry_Exits3NamingIt()
    {
        var lines = await File.ReadAllLinesAsync(_workspace.DecisionLog);
        lines[3] = lines[3].Replace("Two cycles at target", "One cycle at target", StringComparison.Ordinal);
        Assert.Contains("One cycle at target", lines[3]);
        await File.WriteAllLinesAsync(_workspace.DecisionLog, lines);

        var result = await _cli.RunAsync("decisions", "verify", "--workbook", _workspace.Workbook);

        Assert.Equal(ExitCodes.BrokenChain, result.ExitCode);
        Assert.Contains("0000sample0004", result.Error);
    }
}
