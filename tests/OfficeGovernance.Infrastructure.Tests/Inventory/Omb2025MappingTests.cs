using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

/// <summary>The 2025 (OMB M-25-21) schema mapped onto the classifier inputs, from the XLSX and the CSV form.</summary>
public sealed class Omb2025MappingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("og-2025-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private InventoryReadResult ReadXlsx()
    {
        var path = Path.Combine(_folder, "2025_consolidated_ai_inventory.xlsx");
        Omb2025MappingFixture.WriteXlsx(path);
        return new InventoryReader().Read(path);
    }

    [Fact]
    public void Read_XlsxWithTitleRow_EveryCaseFromSheetRowThree()
    {
        var read = ReadXlsx();

        Assert.Equal(InventorySchema.Omb2025, read.Schema);
        Assert.Equal(Enumerable.Range(3, Omb2025MappingFixture.Cases.Count), read.UseCases.Select(u => u.SourceRow));
        Assert.DoesNotContain(read.Issues, i => i.Action == InventoryIssueAction.Skipped);
    }

    [Fact]
    public void Read_Xlsx_ClassifierFieldsMapped()
    {
        var useCases = ReadXlsx().UseCases;

        var agentic = useCases.Single(u => u.AiClassification == "Agentic AI");
        Assert.Equal("Files service desk tickets and closes duplicates.", agentic.Purpose);
        Assert.Equal(SurveyAnswer.Yes, useCases.Single(u => u.Purpose == "Summarises correspondence.").InvolvesPii);
        Assert.Equal("Age; Sex", useCases.Single(u => u.Purpose == "Forecasts caseloads by region.").DemographicFeatures);
        Assert.Equal("Faster drafting of memos.", useCases.Single(u => u.Purpose == "Faster drafting of memos.").Purpose);
        Assert.Equal("Law & Justice", useCases.Single(u => u.Purpose == "Summarises case files.").TopicArea);
        Assert.Equal(DeclaredImpact.High, useCases.Single(u => u.Name == "Assistant pilot").DeclaredImpact);
    }

    [Fact]
    public void Classify_XlsxCases_TheLevelAndRuleEachWasWrittenFor()
    {
        var useCases = ReadXlsx().UseCases;

        foreach (var (useCase, expected) in useCases.Zip(Omb2025MappingFixture.Cases))
        {
            var result = InventoryClassifier.Classify(useCase);
            var where = $"sheet row {useCase.SourceRow}: {result.Level} ({string.Join(" | ", result.DecidingInputs)})";
            Assert.True(expected.Expected == result.Level, where);
            if (expected.Cue is { } cue)
            {
                // The rule of the case's level; equipment the AI controls, so the safety-critical presumption holds.
                var inputs = new RiskInputs { Cues = [new RiskCueEvidence(cue, "e")], Context = [new RiskCueEvidence(RiskCue.ControlsEquipment, "e")] };
                var rule = Assert.Single(RiskRules.All, r => r.Level == expected.Expected && r.Match(inputs) is not null);
                Assert.True(result.DecidingRules.Any(d => d.Rule == rule), where);
            }
        }
    }

    [Fact]
    public void Classify_UndescribedCases_UnassessedWithTheStopConditionAndNeverLowOrMedium()
    {
        var unassessed = ReadXlsx().UseCases.Select(InventoryClassifier.Classify).Where(c => c.Level == RiskLevel.Unassessed).ToArray();

        Assert.Equal(Omb2025MappingFixture.Cases.Count(c => c.Expected == RiskLevel.Unassessed), unassessed.Length);
        Assert.All(unassessed, c => Assert.Contains(c.StopConditions, s => s.Message.StartsWith(
            "risk cannot be assessed: the use case is not described", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_CsvWithShortNames_SameUseCasesAsTheXlsx()
    {
        var csv = Omb2025MappingFixture.Csv().Read();
        var xlsx = ReadXlsx();

        Assert.Equal(InventorySchema.Omb2025, csv.Schema);
        Assert.Equal(xlsx.UseCases.Select(u => u with { SourceRow = 0 }), csv.UseCases.Select(u => u with { SourceRow = 0 }));
    }
}
