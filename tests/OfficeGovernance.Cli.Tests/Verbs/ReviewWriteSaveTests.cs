using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary><c>review --write</c>'s one save through the workbook round trip, counted at the file source.</summary>
public sealed class ReviewWriteSaveTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();
    private readonly CountingWorkbookSource _files = new(new PathWorkbookSource());

    public ReviewWriteSaveTests() => _cli.Workbooks = _files;

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Review_WriteIntoAWorkbookWithoutWorkbookId_OneSaveHoldsTheTablesAndTheIdAndIsValid()
    {
        var workbook = _workspace.NewWorkbook("unkeyed.xlsx", workbookId: null);
        File.Copy(_workspace.DecisionLog, JsonLinesDecisionLogStore.DefaultPathFor(workbook));

        var result = await _cli.RunAsync("review", "--workbook", workbook, "--as-of", "2026-11-20", "--write");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Equal((1, 1), (_files.Reads, _files.Saves));
        var written = PortfolioWorkbookFile.Load(workbook).Workbook;
        Assert.Equal(Assert.Single(_cli.WorkbookIds), written.Settings.WorkbookId);
        var tables = new OpenXmlWorkbookPackage().ReadTables(File.ReadAllBytes(workbook), ["Review", "PortfolioSummary", "DecisionLog"], "unkeyed.xlsx");
        Assert.Equal(["Review", "PortfolioSummary", "DecisionLog"], tables.Select(t => t.Name));
        Assert.Equal(written.Initiatives.Count, tables[0].Rows.Count);
        Assert.Empty(SchemaValidation.ErrorsOf(workbook));
    }

    [Fact]
    public async Task Review_WithoutWrite_ReadsOnceAndSavesNothing()
    {
        var before = await File.ReadAllBytesAsync(_workspace.Workbook);

        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Equal((1, 0), (_files.Reads, _files.Saves));
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.Workbook));
    }

    [Fact]
    public async Task Review_WriteWhileTheFileIsChangedBeforeTheSave_Exits1NamingItAndKeepsTheOtherEdit()
    {
        var otherEdit = File.ReadAllBytes(_workspace.NewWorkbook("other.xlsx", workbookId: Guid.NewGuid()));
        _files.BeforeSave = () => File.WriteAllBytesAsync(_workspace.Workbook, otherEdit);

        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal($"{_workspace.Workbook} changed since it was read; run the command again.", result.Error.Trim());
        Assert.Equal(otherEdit, await File.ReadAllBytesAsync(_workspace.Workbook));
        Assert.False(File.Exists(_workspace.Workbook + ".writing"));
        Assert.Equal(1, _files.Saves);
    }
}
