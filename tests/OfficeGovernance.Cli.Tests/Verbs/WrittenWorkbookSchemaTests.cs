using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>Every workbook a verb writes is valid per the Open XML SDK's OpenXmlValidator (docs/rules.md#written-workbooks).</summary>
public sealed class WrittenWorkbookSchemaTests : IDisposable
{
    private static readonly string Omb2024 = RepositoryRoot.PathOf("tests/data/federal-inventories/2024_consolidated_ai_inventory_raw_v2.csv");
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Sample_WrittenWorkbook_NoValidationError()
    {
        var output = _workspace.PathOf("sample.xlsx");
        var result = await _cli.RunAsync("sample", "--out", output);
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Empty(SchemaValidation.ErrorsOf(output));
    }

    [Fact]
    public async Task FinanceReport_Sample_NoValidationError()
    {
        var output = _workspace.PathOf("finance.xlsx");
        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", output, "--as-of", "2026-11-20");
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Empty(SchemaValidation.ErrorsOf(output));
    }

    [Fact]
    public async Task ReviewWrite_SampleWrittenTwice_NoValidationError()
    {
        foreach (var asOf in new[] { "2026-11-13", "2026-11-20" })
        {
            var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", asOf, "--write");
            Assert.Equal(ExitCodes.Done, result.ExitCode);
        }
        Assert.Empty(SchemaValidation.ErrorsOf(_workspace.Workbook));
    }

    [Fact]
    public async Task ImportInventory_NewWorkbookThenIntoTheSample_NoValidationError()
    {
        var created = _workspace.PathOf("imported.xlsx");
        Assert.Equal(ExitCodes.Done, (await _cli.RunAsync("import-inventory", "--source", Omb2024, "--workbook", created)).ExitCode);
        Assert.Empty(SchemaValidation.ErrorsOf(created));
        Assert.Equal(ExitCodes.Done, (await _cli.RunAsync("import-inventory", "--source", Omb2024, "--workbook", _workspace.Workbook)).ExitCode);
        Assert.Empty(SchemaValidation.ErrorsOf(_workspace.Workbook));
    }
}
