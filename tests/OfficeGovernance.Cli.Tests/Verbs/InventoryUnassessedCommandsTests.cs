using System.Text;
using System.Text.Json;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// docs/rules.md#risk-classifier, Unassessed end to end: a 2025-schema row that describes nothing is classified Unassessed,
/// imported with RiskLevel blank, and the review pauses it on "risk cannot be assessed".
/// </summary>
public sealed class InventoryUnassessedCommandsTests : IDisposable
{
    private const string Header =
        "agency,agency_name,id,use_case_name,agency_bureau,contact_email,is_withheld,development_stage,is_high_impact," +
        "HI_justification,topic_area,classification,problem_solved,benefits,system_outputs,operational_date,has_pii,demographic_features";

    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    private string Inventory()
    {
        var path = _workspace.PathOf("inventory-2025.csv");
        File.WriteAllText(path, string.Join("\r\n",
            Header,
            "EX,Example,EX-1,Silent tool,HQ,owner@example.gov,No,Deployed,High-impact,Determines eligibility for benefits,,,,,,,,",
            "EX,Example,EX-2,Notes summariser,HQ,owner@example.gov,No,Deployed,Not high-impact,,Mission-Enabling,Generative AI," +
            "Summarises meeting notes.,,A summary.,2024,No,None",
            ""), new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Classify_UndescribedRow_UnassessedInJsonAndTable()
    {
        var source = Inventory();

        var json = await _cli.RunAsync("classify", "--source", source, "--format", "json");
        var table = await _cli.RunAsync("classify", "--source", source);

        Assert.Equal(ExitCodes.Done, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        var rows = document.RootElement.GetProperty("rows");
        Assert.Equal(["Unassessed", "Low"], rows.EnumerateArray().Select(r => r.GetProperty("riskLevel").GetString()));
        Assert.Contains(rows[0].GetProperty("stopConditions").EnumerateArray(), s => s.GetProperty("kind").GetString() == "RiskNotAssessed");
        Assert.Equal(1, document.RootElement.GetProperty("agreement").GetProperty("unassessed").GetInt32());
        Assert.Contains("    2 Unassessed", table.Output);
        Assert.Contains("Unassessed (the row describes nothing): 1 of 2, 1 of them declared high-impact", table.Output);
    }

    [Fact]
    public async Task ImportThenReview_UndescribedRow_RiskLevelBlankAndPausedOnRiskNotAssessed()
    {
        var workbook = _workspace.PathOf("imported.xlsx");

        var import = await _cli.RunAsync("import-inventory", "--source", Inventory(), "--workbook", workbook);
        var review = await _cli.RunAsync("review", "--workbook", workbook, "--as-of", "2026-11-20", "--format", "json");

        Assert.Equal(ExitCodes.Done, import.ExitCode);
        Assert.Contains("1 added with RiskLevel blank: risk cannot be assessed", import.Output);
        using (var stream = File.OpenRead(workbook))
        {
            var initiatives = new WorkbookTableReader().Read(stream, ["Initiatives"], "imported.xlsx").Single();
            var riskColumn = initiatives.Headers.ToList().FindIndex(c => c == "RiskLevel");
            Assert.Equal(["", "Low"], initiatives.Rows.Select(r => r[riskColumn].Text ?? ""));
        }
        Assert.Equal(ExitCodes.Done, review.ExitCode);
        using var json = JsonDocument.Parse(review.Output);
        var silent = json.RootElement.GetProperty("initiatives")[0];
        Assert.Equal(("EX-1", "Unassessed", "Pause"),
            (silent.GetProperty("id").GetString(), silent.GetProperty("riskLevel").GetString(), silent.GetProperty("verdict").GetString()));
        Assert.Contains(silent.GetProperty("stopConditions").EnumerateArray(), s =>
            s.GetProperty("kind").GetString() == "RiskNotAssessed" &&
            s.GetProperty("message").GetString()!.StartsWith("risk cannot be assessed: the use case is not described", StringComparison.Ordinal));
        var described = json.RootElement.GetProperty("initiatives")[1];
        Assert.DoesNotContain(described.GetProperty("stopConditions").EnumerateArray(), s => s.GetProperty("kind").GetString() == "RiskNotAssessed");
    }
}
