using OfficeGovernance.Cli.Samples;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// A decision log is bound to the stored workbook that first wrote to it (docs/rules.md#decision-log; issue 23,
/// finding 1): a copy with its own DecisionRights cannot write into its original's log until a Rebind by someone
/// entitled in the original.
/// </summary>
public sealed class WorkbookBindingTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Decide_CopyWithEditedRightsOnOriginalsLog_Exits2NamingTheOriginalAndLeavesTheLog()
    {
        var copy = CopyEntitling(SamplePeople.PortfolioLead);
        var before = await File.ReadAllBytesAsync(_workspace.DecisionLog);

        var refusedOnOriginal = await Expand(_workspace.Workbook, SamplePeople.PortfolioLead);
        var onCopy = await Expand(copy, SamplePeople.PortfolioLead, "--decision-log", _workspace.DecisionLog);

        Assert.Equal(ExitCodes.Refused, refusedOnOriginal.ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, onCopy.ExitCode);
        Assert.Contains(_workspace.Workbook, onCopy.Error);
        Assert.Contains("clear Settings.WorkbookId", onCopy.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.DecisionLog));
        Assert.False(File.Exists(_workspace.DecisionLog + ".binding.json"));
    }

    [Fact]
    public async Task Decide_RebindByRightsOnlyInTheCopy_Exits4AndLeavesTheLog()
    {
        var copy = CopyEntitling(SamplePeople.PortfolioLead);
        var before = await File.ReadAllBytesAsync(_workspace.DecisionLog);

        var rebind = await Rebind(copy, SamplePeople.PortfolioLead);

        Assert.Equal(ExitCodes.Refused, rebind.ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.DecisionLog));
    }

    [Fact]
    public async Task Decide_RebindByEntitledInOriginal_MovesTheBindingToTheCopy()
    {
        var copy = CopyEntitling(SamplePeople.PortfolioLead);

        var rebind = await Rebind(copy, SamplePeople.Cto);
        var onCopy = await Expand(copy, SamplePeople.PortfolioLead, "--decision-log", _workspace.DecisionLog);
        var onOriginal = await Expand(_workspace.Workbook, SamplePeople.Cto);

        Assert.Equal(ExitCodes.Done, rebind.ExitCode);
        Assert.Contains("Rebind on *", rebind.Output);
        Assert.Equal(ExitCodes.Done, onCopy.ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, onOriginal.ExitCode);
        Assert.Contains(copy, onOriginal.Error);
        Assert.Equal(11, File.ReadLines(_workspace.DecisionLog).Count());
    }

    [Fact]
    public async Task Decide_FirstDecisionOnANewLog_BindsItToTheWorkbook()
    {
        var path = _workspace.NewWorkbook("fresh.xlsx", workbookId: null);

        var result = await _cli.RunAsync("decide", "--workbook", path, "--initiative", "DOC-0228",
            "--type", "Continue", "--by", SamplePeople.Cto, "--why", "On target");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains(path, await File.ReadAllTextAsync(path + ".decisions.jsonl.binding.json"));
    }

    private Task<CliResult> Expand(string workbook, string by, params string[] more) =>
        _cli.RunAsync(["decide", "--workbook", workbook, "--initiative", "DOC-0228", "--type", "Expand", "--by", by,
            "--why", "Two cycles at target", .. more]);

    private Task<CliResult> Rebind(string workbook, string by) =>
        _cli.RunAsync("decide", "--workbook", workbook, "--type", "Rebind", "--by", by, "--why", "Moved to the finance share",
            "--decision-log", _workspace.DecisionLog);

    // The attack of finding 1: a copy of the workbook whose DecisionRights entitle someone the original does not.
    private string CopyEntitling(string approver)
    {
        var sample = SamplePortfolioGenerator.Generate().Workbook;
        var rights = sample.DecisionRights.Select(r => r with { Approver = approver }).ToList();
        var path = _workspace.PathOf("portfolio (copy).xlsx");
        PortfolioWorkbookFile.Create(path, PortfolioTables.ToOutputTables(sample with { DecisionRights = rights }));
        return path;
    }
}
