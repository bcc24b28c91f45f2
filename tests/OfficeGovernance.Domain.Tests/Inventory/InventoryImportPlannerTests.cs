using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Inventory;

public sealed class InventoryImportPlannerTests
{
    private static readonly ImportRisk Low = new(RiskLevel.Low, ["no rule matched"], DeclaredImpact.NotHigh, null);

    private static InventoryUseCase UseCase(int row, string name, string? agency = "ED", string? id = null) =>
        new() { SourceRow = row, Name = name, Agency = agency, SourceId = id, Stage = Stage.Pilot };

    private static InventoryImportPlan Plan(IReadOnlyList<InventoryUseCase> useCases, params string[] existing) =>
        InventoryImportPlanner.Plan(new InventoryReadResult(InventorySchema.Omb2024, useCases, []), _ => Low, existing);

    [Fact]
    public void BaseId_SourceIdGiven_UsesIt()
    {
        Assert.Equal("DHS-2412", InventoryImportPlanner.BaseId(UseCase(2, "Babel", "DHS", " DHS-2412 ")));
    }

    [Fact]
    public void BaseId_NoSourceId_IsStableAcrossCaseAndSpacing()
    {
        var first = InventoryImportPlanner.BaseId(UseCase(2, "Generative AI Usage"));
        var again = InventoryImportPlanner.BaseId(UseCase(9, " generative ai usage ", " ed"));

        Assert.Equal(first, again);
        Assert.Matches("^ED-[0-9A-F]{8}$", first);
    }

    [Fact]
    public void BaseId_NoAgency_UsesAiPrefix()
    {
        Assert.StartsWith("AI-", InventoryImportPlanner.BaseId(UseCase(2, "Chatbot", agency: null)));
    }

    [Fact]
    public void Plan_RepeatedAgencyAndName_NumbersRepeatsAndReportsThem()
    {
        var plan = Plan([UseCase(2, "Generative AI Usage"), UseCase(3, "Generative AI Usage"), UseCase(5, "Generative AI Usage")]);

        var ids = plan.New.Select(n => n.Initiative.Id).ToArray();
        Assert.Equal([ids[0], ids[0] + "-2", ids[0] + "-3"], ids);
        Assert.Equal([3, 5], plan.Issues.Select(i => i.SourceRow));
        Assert.All(plan.Issues, i => Assert.Equal(InventoryIssueAction.Repaired, i.Action));
        Assert.Contains("repeat row 2", plan.Issues[0].Message);
    }

    [Fact]
    public void Plan_IdsAlreadyInWorkbook_AreNotAddedAgain()
    {
        var first = Plan([UseCase(2, "A"), UseCase(3, "B")]);

        var second = Plan([UseCase(2, "A"), UseCase(3, "B"), UseCase(4, "C")], first.New.Select(n => n.Initiative.Id.ToLowerInvariant()).ToArray());

        Assert.Equal(["C"], second.New.Select(n => n.Initiative.Name));
        Assert.Equal(2, second.AlreadyPresent.Count);
    }

    [Fact]
    public void Plan_UnmappedStage_ImportsAsIdeaAndReportsIt()
    {
        var plan = Plan([UseCase(7, "Planner") with { Stage = null, StageText = "Planned" }]);

        Assert.Equal(Stage.Idea, plan.New.Single().Initiative.Stage);
        var issue = Assert.Single(plan.Issues);
        Assert.Equal((7, "Planned", InventoryIssueAction.Repaired), (issue.SourceRow, issue.Value, issue.Action));
    }

    [Fact]
    public void Plan_InventoryAnswers_MapOntoTheInitiativeRow()
    {
        var useCase = UseCase(2, "Benefits chatbot") with
        {
            Bureau = "FSA", TopicArea = "Government Services", ContactEmail = "owner@ed.gov", InvolvesPii = SurveyAnswer.Yes,
            DisseminatesToPublic = SurveyAnswer.Yes, Implemented = new DateOnly(2024, 3, 1),
            Purpose = "Answers questions about student aid.", Outputs = "Chat answers.",
        };

        var initiative = InventoryImportPlanner.Plan(
            new InventoryReadResult(InventorySchema.Omb2024, [useCase], []),
            _ => Low with { Level = RiskLevel.High }, []).New.Single().Initiative;

        Assert.Equal(("ED FSA", "Government Services", "owner@ed.gov", RiskLevel.High), (initiative.Department, initiative.Workflow, initiative.Owner, initiative.RiskLevel));
        Assert.Equal([DataCategory.CustomerPersonal], initiative.DataTouched);
        Assert.Equal([WorkAction.SendExternally], initiative.Actions);
        Assert.Equal(Audience.Public, initiative.Audience);
        Assert.Equal("Answers questions about student aid.\n\nChat answers.", initiative.Purpose);
        Assert.Equal((0m, (string?)null, new DateOnly(2024, 3, 1)), (initiative.MonthlyBudgetCap, initiative.SuccessMetric, initiative.LaunchDate));
    }

    [Fact]
    public void Plan_RetiredUseCase_IsImportedRetired()
    {
        var plan = Plan([UseCase(2, "Old model") with { Stage = Stage.Retired }]);

        Assert.Equal(InitiativeStatus.Retired, plan.New.Single().Initiative.Status);
    }
}
