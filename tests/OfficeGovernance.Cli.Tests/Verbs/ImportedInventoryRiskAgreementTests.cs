using System.Text.Json;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// One classifier, one answer (issue #24; docs/rules.md#risk-classifier): the 2024 federal inventory imported into a fresh
/// workbook (built here from the shipped file, not committed), then reviewed: no imported row's RiskLevel disagrees
/// with the review's classifier, because both read the same Name, topic (Workflow) and Purpose text and the same
/// structured answers.
/// </summary>
[Collection(ImportedOmb2024Collection.Name)]
public sealed class ImportedInventoryRiskAgreementTests(ImportedOmb2024Workbook imported)
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Review_Imported2024Inventory_NoRiskLevelDisagreesWithTheClassifier()
    {
        var workbook = imported.Workbook;
        var import = imported.Import;

        var review = await _cli.RunAsync("review", "--workbook", workbook, "--as-of", "2026-11-20", "--format", "json");

        Assert.Equal(ExitCodes.Done, import.ExitCode);
        Assert.Equal(ExitCodes.Done, review.ExitCode);
        using var json = JsonDocument.Parse(review.Output);
        var initiatives = json.RootElement.GetProperty("initiatives").EnumerateArray().ToArray();
        Assert.Equal(2_130, initiatives.Length);
        var disagreeing = initiatives
            .Where(i => i.GetProperty("flags").EnumerateArray().Any(f => f.GetString()!.Contains("disagrees with the classifier", StringComparison.Ordinal)))
            .Select(i => $"{i.GetProperty("id").GetString()}: {string.Join(" | ", i.GetProperty("flags").EnumerateArray())}")
            .ToArray();
        Assert.True(disagreeing.Length == 0, $"{disagreeing.Length} disagree, first: {disagreeing.FirstOrDefault()}");
        // The import filled Purpose from the inventory's text, and the imported levels are not all one level.
        using var stream = File.OpenRead(workbook);
        var table = new WorkbookTableReader().Read(stream, ["Initiatives"], "omb2024.xlsx").Single();
        var purpose = table.Headers.ToList().FindIndex(h => h == "Purpose");
        Assert.True(purpose >= 0, "Initiatives has a Purpose column");
        Assert.True(table.Rows.Count(r => !string.IsNullOrWhiteSpace(r[purpose].Text)) > 2_000);
        Assert.Equal(["High", "Low", "Medium"], initiatives.Select(i => i.GetProperty("riskLevel").GetString()).Distinct().Order());
    }
}
