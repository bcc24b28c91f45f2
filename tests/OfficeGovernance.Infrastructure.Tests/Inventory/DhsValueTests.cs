using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

public sealed class DhsValueTests
{
    private const string Id = "Use Case ID";
    private const string Name = "Use Case Name";
    private const string StageHeader = "Stage of System Development Life Cycle";
    private const string Active = "Is the Use Case Currently Active?";
    private const string Rights = "Is the Use Case Rights-Impacting?";
    private const string Safety = "Is the Use Case Safety-Impacting?";
    private const string Notice = "How is the agency providing reasonable and timely notice regarding the use of AI when people interact with an AI-enabled service as a result of this AI use case?";

    private static InventoryReadResult ReadOne(params (string Header, string Value)[] cells) =>
        InventoryCsvBuilder.Dhs2024().Row([(Id, "DHS-1"), (Name, "Face match"), (StageHeader, "Operation and Maintenance"), (Active, "Active"), .. cells]).Read();

    [Fact]
    public void Read_RowShiftedOneColumnRight_MovedBackAndReported()
    {
        var builder = InventoryCsvBuilder.Dhs2024();
        var notice = builder.Column(Notice);
        builder.RowAt(
            (builder.Column(Id), "DHS-1"), (builder.Column(Name), "Face match"), (builder.Column(StageHeader), "Initiated"),
            (notice, "Online"), (notice + 1, "Online"), (notice + 2, "Privacy notices"), (notice + 3, "No"),
            (notice + 4, "Threshold tuning"), (notice + 5, "Direct user testing"), (notice + 6, ""), (notice + 7, "Yes"));
        builder.RowAt(
            (builder.Column(Id), "DHS-2"), (builder.Column(Name), "Translation"), (builder.Column(StageHeader), "Initiated"),
            (notice, "Online"), (notice + 2, "No"), (notice + 6, "Yes"));

        var result = builder.Read();

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, InventoryIssueAction.Repaired, "If Other, please explain."), (issue.SourceRow, issue.Action, issue.Column));
        Assert.Contains($"column {notice + 2}", issue.Message);
        Assert.Equal(2, result.UseCases.Count);
    }

    [Theory]
    [InlineData("Inactive (no longer used). This use case was consolidated under DHS-2.", "Disposal/Retired", Stage.Retired)]
    [InlineData("Inactive (research and development only).\u00A0This use case was reported earlier.", "Disposal/Retired", Stage.Retired)]
    [InlineData("Active", "Implementation and Assessment", Stage.EarlyProduction)]
    public void Read_ActiveStatusWithNarrative_StatusWordReadAndStageKept(string active, string stage, Stage expected)
    {
        var result = ReadOne((Active, active), (StageHeader, stage));

        Assert.Equal(expected, result.UseCases.Single().Stage);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Read_InactiveButStageNotRetired_Reported()
    {
        var result = ReadOne((Active, "Inactive (not initiated). This use case was reported in a prior year."));

        Assert.Equal(Stage.ScaledRollout, result.UseCases.Single().Stage);
        Assert.Equal((Active, InventoryIssueAction.Rejected), (Assert.Single(result.Issues).Column, result.Issues[0].Action));
    }

    [Fact]
    public void Read_NotApplicableNarrativeInRetiredDate_Rejected()
    {
        var result = ReadOne(("Retired Date", "N/A -Consolidated into another use case."));

        Assert.Null(result.UseCases.Single().Retired);
        Assert.Equal(("Retired Date", InventoryIssueAction.Rejected), (Assert.Single(result.Issues).Column, result.Issues[0].Action));
    }

    [Theory]
    [InlineData("Yes", "No", DeclaredImpact.High)]
    [InlineData("No", "Yes", DeclaredImpact.High)]
    [InlineData("No", "No", DeclaredImpact.NotHigh)]
    [InlineData("No, use case is too new to fully assess impacts", "No, use case is too new to fully assess impacts", DeclaredImpact.Unknown)]
    [InlineData("No", "", DeclaredImpact.Unknown)]
    [InlineData("", "", DeclaredImpact.Unknown)]
    public void Read_RightsAndSafetyColumns_CombinedIntoDeclaredImpact(string rights, string safety, DeclaredImpact expected)
    {
        var useCase = ReadOne((Rights, rights), (Safety, safety)).UseCases.Single();

        Assert.Equal(expected, useCase.DeclaredImpact);
        Assert.Equal(rights is "" && safety is "" ? null : $"Rights-impacting: {(rights is "" ? "(blank)" : rights)}; Safety-impacting: {(safety is "" ? "(blank)" : safety)}",
            useCase.DeclaredImpactText);
    }

    [Fact]
    public void Read_FaceRecognitionAnswerWithExplanation_Yes() =>
        Assert.Equal(SurveyAnswer.Yes, ReadOne(("Is the use case using Face Recognition / Face Capture Technology?",
            "Yes.  All Face Recognition and Face Capture (FR/FC) technologies are reviewed")).UseCases.Single().FaceRecognition);

    [Theory]
    [InlineData("TBD")]
    [InlineData("N/A")]
    [InlineData("")]
    public void Read_PlaceholderId_NullAndRejected(string id)
    {
        var result = ReadOne((Id, id));

        Assert.Null(result.UseCases.Single().SourceId);
        Assert.Equal((Id, InventoryIssueAction.Rejected), (Assert.Single(result.Issues).Column, result.Issues[0].Action));
    }

    [Fact]
    public void Read_RepeatedId_LaterRowGetsNoId()
    {
        var result = InventoryCsvBuilder.Dhs2024()
            .Row((Id, "DHS-7"), (Name, "A"), (StageHeader, "Initiated"))
            .Row((Id, " DHS-7 "), (Name, "B"), (StageHeader, "Initiated")).Read();

        Assert.Equal(["DHS-7", null], result.UseCases.Select(u => u.SourceId));
        Assert.Equal(3, Assert.Single(result.Issues).SourceRow);
    }

    [Fact]
    public void Read_DhsFields_Mapped()
    {
        var useCase = ReadOne(("Component", "TSA"), ("Summary of Use Case", "Matches faces"),
            ("Contact Email Address", "ai@hq.dhs.gov"), ("Date Deployed into Operations", "02/01/2024")).UseCases.Single();

        Assert.Equal(("DHS-1", "TSA", "Matches faces", "ai@hq.dhs.gov"), (useCase.SourceId, useCase.Bureau, useCase.Purpose, useCase.ContactEmail));
        Assert.Equal(new DateOnly(2024, 2, 1), useCase.Implemented);
    }
}
