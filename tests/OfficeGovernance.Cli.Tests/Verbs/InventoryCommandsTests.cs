using System.Text.Json;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

public sealed class InventoryCommandsTests : IDisposable
{
    private static readonly string Omb2024 = RepositoryRoot.PathOf("tests/data/federal-inventories/2024_consolidated_ai_inventory_raw_v2.csv");
    private static readonly string Dhs2024 = RepositoryRoot.PathOf("tests/data/federal-inventories/DHS_24_1216_ocio_2024-dhs-ai-use-case-inventory.csv");

    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Classify_Omb2024_AgreementOverDescribedRowsWithRulesAndSources()
    {
        var result = await _cli.RunAsync("classify", "--source", Omb2024, "--format", "json");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var agreement = json.RootElement.GetProperty("agreement");
        Assert.Equal("Omb2024", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(351, agreement.GetProperty("declaredHigh").GetInt32());
        Assert.Equal(0, agreement.GetProperty("unassessed").GetInt32());
        Assert.Equal(2_130, agreement.GetProperty("described").GetInt32());
        var high = json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("riskLevel").GetString() == "High");
        var rule = high.GetProperty("rules")[0];
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("source").GetString()));
        Assert.Contains(rule.GetProperty("input").GetString()!, high.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task Classify_Omb2024_ListsRowsInSourceOrderWithTheContractFields()
    {
        var result = await _cli.RunAsync("classify", "--source", Omb2024, "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.True(rows.Length >= 2_100, $"{rows.Length} rows");
        var sourceRows = rows.Select(r => r.GetProperty("sourceRow").GetInt32()).ToArray();
        Assert.Equal(sourceRows.Order(), sourceRows);
        Assert.Equal(2, sourceRows[0]);
        foreach (var name in new[] { "id", "name", "riskLevel", "reasons", "stopConditions", "declaredImpact", "disagreement" })
        {
            Assert.True(rows[0].TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task Classify_Table_SummarisesAgreement()
    {
        var result = await _cli.RunAsync("classify", "--source", Dhs2024);

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains("197 use cases (Dhs2024)", result.Output);
        Assert.Contains("declared high-impact:", result.Output);
    }

    [Fact]
    public async Task Classify_NotAnInventory_Exits2WithAClearMessage()
    {
        var path = _workspace.PathOf("budget.csv");
        await File.WriteAllTextAsync(path, "Month,Amount\nJanuary,100\n");

        var result = await _cli.RunAsync("classify", "--source", path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("budget.csv", result.Error);
    }

    [Fact]
    public async Task ImportInventory_NewWorkbook_CreatesEveryTableAndTheReviewSaysWhatIsMissing()
    {
        var workbook = _workspace.PathOf("dhs.xlsx");

        var import = await _cli.RunAsync("import-inventory", "--source", Dhs2024, "--workbook", workbook);
        var review = await _cli.RunAsync("review", "--workbook", workbook, "--as-of", "2026-11-20", "--format", "json");

        Assert.Equal(ExitCodes.Done, import.ExitCode);
        Assert.Contains("197 added to the new workbook", import.Output);
        Assert.Equal(Assert.Single(_cli.WorkbookIds), PortfolioWorkbookFile.LoadSettings(workbook).WorkbookId);
        Assert.Equal(ExitCodes.Done, review.ExitCode);
        using var json = JsonDocument.Parse(review.Output);
        var initiatives = json.RootElement.GetProperty("initiatives").EnumerateArray().ToArray();
        Assert.Equal(197, initiatives.Length);
        var notMeasurable = initiatives.Count(i => i.GetProperty("stopConditions").EnumerateArray()
            .Any(s => s.GetProperty("kind").GetString() == "SuccessNotMeasurable"));
        Assert.True(notMeasurable > 150, $"{notMeasurable} without measurable success");
        using var stream = File.OpenRead(workbook);
        var log = new WorkbookTableReader().Read(stream, ["ImportLog"], "dhs.xlsx").Single();
        Assert.NotEmpty(log.Rows);
    }

    [Fact]
    public async Task ImportInventory_SameFileTwice_AddsNothingTheSecondTime()
    {
        var workbook = _workspace.PathOf("dhs.xlsx");
        await _cli.RunAsync("import-inventory", "--source", Dhs2024, "--workbook", workbook);

        var again = await _cli.RunAsync("import-inventory", "--source", Dhs2024, "--workbook", workbook);

        Assert.Equal(ExitCodes.Done, again.ExitCode);
        Assert.Contains("0 added to the workbook, 197 already there", again.Output);
        Assert.Equal(Assert.Single(_cli.WorkbookIds), PortfolioWorkbookFile.LoadSettings(workbook).WorkbookId);
    }

    [Fact]
    public async Task ImportInventory_IntoTheSample_KeepsItsInitiativesAndStillReviews()
    {
        var import = await _cli.RunAsync("import-inventory", "--source", Dhs2024, "--workbook", _workspace.Workbook);
        var review = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--format", "json");

        Assert.Equal(ExitCodes.Done, import.ExitCode);
        Assert.Equal(ExitCodes.Done, review.ExitCode);
        using var json = JsonDocument.Parse(review.Output);
        var ids = json.RootElement.GetProperty("initiatives").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToArray();
        Assert.Equal(24 + 197, ids.Length);
        Assert.Equal("DHS-0088", ids[0]);
        Assert.Equal("Expand", json.RootElement.GetProperty("initiatives")[1].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task ImportInventory_IntoAWorkbookWithoutWorkbookId_WritesOneInTheSameSave()
    {
        var workbook = _workspace.NewWorkbook("unkeyed.xlsx", workbookId: null);

        var import = await _cli.RunAsync("import-inventory", "--source", Dhs2024, "--workbook", workbook);

        Assert.Equal(ExitCodes.Done, import.ExitCode);
        Assert.Equal(Assert.Single(_cli.WorkbookIds), PortfolioWorkbookFile.LoadSettings(workbook).WorkbookId);
    }
}
