using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

public sealed class FederalInventoryFileTests
{
    private const string Omb2024File = "2024_consolidated_ai_inventory_raw_v2.csv";
    private const string DhsFile = "DHS_24_1216_ocio_2024-dhs-ai-use-case-inventory.csv";

    private static readonly Lazy<InventoryReadResult> Omb2024 = new(() => new InventoryReader().Read(InventoryTestFiles.Federal(Omb2024File)));
    private static readonly Lazy<InventoryReadResult> Dhs = new(() => new InventoryReader().Read(InventoryTestFiles.Federal(DhsFile)));

    [Fact]
    public void Read_Omb2024File_AllRowsButTheThreeExactDuplicates()
    {
        var result = Omb2024.Value;

        Assert.Equal(InventorySchema.Omb2024, result.Schema);
        Assert.Equal(2_133 - 3, result.UseCases.Count);
        Assert.Equal(3, result.Issues.Count(i => i.Action == InventoryIssueAction.Skipped));
        Assert.Equal(41, result.UseCases.Select(u => u.Agency).Distinct().Count());
    }

    [Fact]
    public void Read_Omb2024File_DeclaredImpactCounts()
    {
        var result = Omb2024.Value;
        var byText = result.UseCases.Where(u => u.DeclaredImpact == DeclaredImpact.High)
            .GroupBy(u => u.DeclaredImpactText!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(351, result.UseCases.Count(u => u.DeclaredImpact == DeclaredImpact.High));
        Assert.Equal(195, byText["both"]);
        Assert.Equal(131, byText["rights-impacting"]);
        Assert.Equal(25, byText["safety-impacting"]);
        Assert.Equal(1_719, result.UseCases.Count(u => u.DeclaredImpact == DeclaredImpact.NotHigh));
    }

    [Fact]
    public void Read_Omb2024File_Every1905DateRepairedToAYear()
    {
        var repairs = Omb2024.Value.Issues.Where(i => i.Value.Trim().EndsWith("/1905", StringComparison.Ordinal)).ToList();

        Assert.Equal(134, repairs.Count);
        Assert.All(repairs, i => Assert.Equal(InventoryIssueAction.Repaired, i.Action));
    }

    [Fact]
    public void Read_Omb2024File_TwelveRowsInitiatedAfterImplemented()
    {
        var rejected = Omb2024.Value.Issues.Where(i => i.Message.Contains("after it was implemented", StringComparison.Ordinal)).ToList();

        Assert.Equal(12, rejected.Count);
        Assert.Contains(rejected, i => i.SourceRow == 40 && i.Value == "10/1/2021");
    }

    [Fact]
    public void Read_Omb2024File_UnofficialStagesReportedNotGuessed()
    {
        var result = Omb2024.Value;

        Assert.Equal(33, result.UseCases.Count(u => u.Stage is null));
        Assert.Equal(14 + 9, result.Issues.Count(i => i.Column == "Stage of Development" && i.Action == InventoryIssueAction.Repaired));
    }

    [Fact]
    public void Read_Omb2024File_Windows1252Decoded()
    {
        Assert.DoesNotContain(Omb2024.Value.UseCases, u => (u.Purpose ?? string.Empty).Contains('\uFFFD'));
        Assert.Contains(Omb2024.Value.UseCases, u => (u.Purpose ?? string.Empty).Contains('\u2019'));
    }

    [Fact]
    public void Read_DhsFile_AllUseCasesWithShiftedRowsRepaired()
    {
        var result = Dhs.Value;

        Assert.Equal(InventorySchema.Dhs2024, result.Schema);
        Assert.Equal(197, result.UseCases.Count);
        Assert.Equal(197, result.UseCases.Select(u => u.SourceId).Distinct().Count());
        var shifts = result.Issues.Where(i => i.Action == InventoryIssueAction.Repaired && i.Message.Contains("one column to the right")).ToList();
        Assert.Equal(18, shifts.Count);
        Assert.Contains(shifts, i => i.SourceRow == 2);
    }

    [Fact]
    public void Read_DhsFile_RetiredNotApplicableTextRejectedAndFaceRecognitionRead()
    {
        var result = Dhs.Value;

        Assert.Equal(18, result.Issues.Count(i => i.Column == "Retired Date" && i.Action == InventoryIssueAction.Rejected));
        Assert.Equal(18, result.UseCases.Count(u => u.FaceRecognition == SurveyAnswer.Yes));
        Assert.Equal(39, result.UseCases.Count(u => u.Stage == Domain.Portfolio.Stage.Retired));
        Assert.DoesNotContain(result.Issues, i => i.Column == "Is the Use Case Currently Active?");
    }
}
