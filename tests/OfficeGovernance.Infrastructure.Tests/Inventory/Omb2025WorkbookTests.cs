using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

public sealed class Omb2025WorkbookTests
{
    // Set OG_WRITE_FIXTURES to the source Fixtures folder to regenerate the committed files.
    private static readonly string? RegenerateInto = Environment.GetEnvironmentVariable("OG_WRITE_FIXTURES");

    private static readonly Lazy<InventoryReadResult> Committed =
        new(() => new InventoryReader().Read(InventoryTestFiles.Fixture(Omb2025WorkbookGenerator.File)));

    private static string IdHeader => "Use Case ID [Agency Abbrev.] \u2013 [#]";

    [Fact]
    public void Generator_Output_ReadsLikeCommittedFixture()
    {
        var generated = Omb2025WorkbookGenerator.Build();
        if (RegenerateInto is not null)
        {
            File.WriteAllBytes(Path.Combine(RegenerateInto, "Inventory", Omb2025WorkbookGenerator.File), generated);
        }

        var fromGenerator = new InventoryReader().Read(new MemoryStream(generated), "generated.xlsx");

        Assert.Equal(Committed.Value.UseCases, fromGenerator.UseCases);
        Assert.Equal(Committed.Value.Issues, fromGenerator.Issues);
    }

    [Fact]
    public void Read_Workbook_InventorySheetHeaderOnRowTwoAndSheetRowNumbers()
    {
        var result = Committed.Value;

        Assert.Equal(InventorySchema.Omb2025, result.Schema);
        Assert.Equal([3, 4, 5], result.UseCases.Select(u => u.SourceRow));
        Assert.Equal(["Grid forecasting", "Chat assistant", "Document triage"], result.UseCases.Select(u => u.Name));
    }

    [Fact]
    public void Read_Workbook_RealDateAndBareYear()
    {
        var result = Committed.Value;

        Assert.Equal(new DateOnly(2024, 7, 1), result.UseCases[0].Implemented);
        Assert.Equal(new DateOnly(2024, 1, 1), result.UseCases[1].Implemented);
        var year = Assert.Single(result.Issues, i => i.SourceRow == 4 && i.Action == InventoryIssueAction.Repaired);
        Assert.Contains("read as the year 2024", year.Message);
        var text = Assert.Single(result.Issues, i => i.SourceRow == 5 && i.Value == "Q4FY25");
        Assert.Equal(InventoryIssueAction.Rejected, text.Action);
        Assert.Null(result.UseCases[2].Implemented);
    }

    [Fact]
    public void Read_Workbook_FormulaErrorsRejectedAndReadAsBlank()
    {
        var result = Committed.Value;

        var impact = Assert.Single(result.Issues, i => i.SourceRow == 5 && i.Value == "#NAME?");
        Assert.Equal(("Is the AI use case high-impact?", InventoryIssueAction.Rejected), (impact.Column, impact.Action));
        Assert.Equal(DeclaredImpact.Unknown, result.UseCases[2].DeclaredImpact);
        Assert.Null(result.UseCases[2].DeclaredImpactText);
        Assert.Contains(result.Issues, i => i.SourceRow == 6 && i.Column == "Use Case Name" && i.Value == "#NAME?");
        Assert.Contains(result.Issues, i => i.SourceRow == 6 && i.Action == InventoryIssueAction.Skipped);
        Assert.DoesNotContain(result.Issues, i => i.SourceRow == 7);
    }

    [Fact]
    public void Read_Workbook_IdsAnswersAndStages()
    {
        var result = Committed.Value;

        Assert.Equal(["DOE-1", null, null], result.UseCases.Select(u => u.SourceId));
        Assert.Equal(2, result.Issues.Count(i => i.Column == IdHeader && i.Action == InventoryIssueAction.Rejected));
        Assert.Equal([DeclaredImpact.High, DeclaredImpact.NotHigh], result.UseCases.Take(2).Select(u => u.DeclaredImpact));
        Assert.Equal([SurveyAnswer.No, SurveyAnswer.Yes, SurveyAnswer.Unknown], result.UseCases.Select(u => u.InvolvesPii));
        Assert.Equal([Stage.ScaledRollout, Stage.Idea, Stage.Pilot], result.UseCases.Select(u => u.Stage));
        Assert.Equal(("DOE", "EIA", "ai@doe.gov", "Forecast load Fewer outages"),
            (result.UseCases[0].Agency, result.UseCases[0].Bureau, result.UseCases[0].ContactEmail, result.UseCases[0].Purpose));
    }
}
