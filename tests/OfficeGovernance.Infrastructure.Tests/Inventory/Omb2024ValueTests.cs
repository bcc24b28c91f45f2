using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

public sealed class Omb2024ValueTests
{
    private const string Name = "Use Case Name";
    private const string StageHeader = "Stage of Development";
    private const string Impact = "Is the AI use case rights-impacting, safety-impacting, both, or neither?";
    private const string Initiated = "Date Initiated";
    private const string Implemented = "Date Implemented";
    private const string Pii = "Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?";
    private const string Demographics = "Which, if any, demographic variables does the AI use case explicitly use as model features?";

    private static InventoryReadResult ReadOne(params (string Header, string Value)[] cells) =>
        InventoryCsvBuilder.Omb2024().Row([(Name, "Claims triage"), (StageHeader, "Initiated"), .. cells]).Read();

    [Fact]
    public void Read_YearTypedIntoDateCell_RepairedToFirstDayOfYear()
    {
        var result = ReadOne((Initiated, "7/16/1905"));

        Assert.Equal(new DateOnly(2024, 1, 1), result.UseCases.Single().Initiated);
        var issue = Assert.Single(result.Issues, i => i.Column == Initiated);
        Assert.Equal(InventoryIssueAction.Repaired, issue.Action);
        Assert.Equal(2, issue.SourceRow);
        Assert.Equal("7/16/1905", issue.Value);
        Assert.Contains("read as the year 2024", issue.Message);
    }

    [Theory]
    [InlineData("24-Nov")]
    [InlineData("Q4FY25")]
    [InlineData("10/12023")]
    [InlineData("TODO")]
    [InlineData("2/30/2024")]
    [InlineData("2022-08 (estimated)")]
    public void Read_TextThatIsNotADate_RejectedAndLeftEmpty(string value)
    {
        var result = ReadOne((Implemented, value));

        Assert.Null(result.UseCases.Single().Implemented);
        var issue = Assert.Single(result.Issues, i => i.Column == Implemented);
        Assert.Equal(InventoryIssueAction.Rejected, issue.Action);
        Assert.Equal(value, issue.Value);
    }

    [Theory]
    [InlineData("3/5/2024", 2024, 3, 5)]
    [InlineData("03/05/2024", 2024, 3, 5)]
    [InlineData("03/2024", 2024, 3, 1)]
    [InlineData("2024-03-05", 2024, 3, 5)]
    [InlineData("2024", 2024, 1, 1)]
    [InlineData(" 3/5/2024\n", 2024, 3, 5)]
    public void Read_SupportedDateFormats_Parsed(string value, int year, int month, int day)
    {
        var result = ReadOne((Implemented, value));

        Assert.Equal(new DateOnly(year, month, day), result.UseCases.Single().Implemented);
        Assert.DoesNotContain(result.Issues, i => i.Column == Implemented);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("N/A")]
    [InlineData("NA")]
    [InlineData("Not Applicable")]
    public void Read_BlankOrNotApplicableDate_EmptyWithoutIssue(string value)
    {
        var result = ReadOne(("Date Retired", value));

        Assert.Null(result.UseCases.Single().Retired);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Read_InitiatedAfterImplemented_InitiationDateRejected()
    {
        var result = ReadOne((Initiated, "10/1/2021"), (Implemented, "10/1/2019"));

        var useCase = result.UseCases.Single();
        Assert.Null(useCase.Initiated);
        Assert.Equal(new DateOnly(2019, 10, 1), useCase.Implemented);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((Initiated, InventoryIssueAction.Rejected, "10/1/2021"), (issue.Column, issue.Action, issue.Value));
        Assert.Contains("after it was implemented", issue.Message);
    }

    [Fact]
    public void Read_RepairedYearAndDateInSameYear_ComparedByYearOnly()
    {
        var result = ReadOne((Initiated, "7/16/1905"), (Implemented, "3/1/2024"));

        Assert.Equal(new DateOnly(2024, 1, 1), result.UseCases.Single().Initiated);
        Assert.DoesNotContain(result.Issues, i => i.Action == InventoryIssueAction.Rejected);
    }

    [Theory]
    [InlineData("Initiated", Stage.Idea)]
    [InlineData("Acquisition and/or Development", Stage.Pilot)]
    [InlineData("Implementation and Assessment", Stage.EarlyProduction)]
    [InlineData("operation and maintenance", Stage.ScaledRollout)]
    [InlineData("Retired\n", Stage.Retired)]
    public void Read_OfficialStage_MappedSilently(string value, Stage expected)
    {
        var result = ReadOne((StageHeader, value));

        Assert.Equal(expected, result.UseCases.Single().Stage);
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("In production", Stage.ScaledRollout)]
    [InlineData("Ideation", Stage.Idea)]
    public void Read_StageSynonym_MappedAndReportedAsRepaired(string value, Stage expected)
    {
        var result = ReadOne((StageHeader, value));

        Assert.Equal(expected, result.UseCases.Single().Stage);
        Assert.Equal(InventoryIssueAction.Repaired, Assert.Single(result.Issues).Action);
    }

    [Theory]
    [InlineData("Planned")]
    [InlineData("In mission")]
    [InlineData("Research or  Administrative Action Complete")]
    [InlineData("")]
    public void Read_UnofficialStage_NoStageAndRejected(string value)
    {
        var result = ReadOne((StageHeader, value));

        var useCase = result.UseCases.Single();
        Assert.Null(useCase.Stage);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((StageHeader, InventoryIssueAction.Rejected), (issue.Column, issue.Action));
    }

    [Theory]
    [InlineData("Rights-Impacting\n", DeclaredImpact.High)]
    [InlineData("Safety-impacting", DeclaredImpact.High)]
    [InlineData("Safety-Impacting", DeclaredImpact.High)]
    [InlineData("Both", DeclaredImpact.High)]
    [InlineData("Neither", DeclaredImpact.NotHigh)]
    [InlineData("No, use case is too new to fully assess impacts; will be reassessed", DeclaredImpact.Unknown)]
    [InlineData("Case-by-case assessment", DeclaredImpact.Unknown)]
    [InlineData("", DeclaredImpact.Unknown)]
    public void Read_DeclaredImpact_MappedAndRawTextKept(string value, DeclaredImpact expected)
    {
        var useCase = ReadOne((Impact, value)).UseCases.Single();

        Assert.Equal(expected, useCase.DeclaredImpact);
        Assert.Equal(value.Trim() is "" ? null : value.Trim(), useCase.DeclaredImpactText);
    }

    [Theory]
    [InlineData("Yes", SurveyAnswer.Yes)]
    [InlineData("b) Yes", SurveyAnswer.Yes)]
    [InlineData("a) No", SurveyAnswer.No)]
    [InlineData(" no ", SurveyAnswer.No)]
    [InlineData("N/A", SurveyAnswer.Unknown)]
    [InlineData(" ", SurveyAnswer.Unknown)]
    public void Read_YesNoAnswer_Normalised(string value, SurveyAnswer expected)
    {
        var result = ReadOne((Pii, value));

        Assert.Equal(expected, result.UseCases.Single().InvolvesPii);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Read_AnswerThatIsNeitherYesNorNo_UnknownAndRejected()
    {
        var result = ReadOne((Pii, "Sometimes"));

        Assert.Equal(SurveyAnswer.Unknown, result.UseCases.Single().InvolvesPii);
        Assert.Equal((Pii, InventoryIssueAction.Rejected), (Assert.Single(result.Issues).Column, result.Issues[0].Action));
    }

    [Fact]
    public void Read_WhitespaceAndNonBreakingSpaces_Collapsed()
    {
        var result = InventoryCsvBuilder.Omb2024().Row((Name, "  Claims\u00A0 triage\n\nassistant "), ("Bureau", "\u00A0")).Read();

        var useCase = result.UseCases.Single();
        Assert.Equal("Claims triage assistant", useCase.Name);
        Assert.Null(useCase.Bureau);
    }

    [Fact]
    public void Read_DuplicateOtherHeaders_ExplanationTakenFromColumnAfterItsQuestion()
    {
        var builder = InventoryCsvBuilder.Omb2024();
        var demographics = builder.Column(Demographics);
        var result = builder.RowAt(
            (builder.Column(Name), "Claims triage"),
            (builder.Column("If Other, please explain."), "catalog explanation"),
            (demographics, "[\"Age\",\"Other\"]"),
            (demographics + 1, "Income"),
            (builder.Column("Use Case Topic Area"), "Other"),
            (builder.Column("Other (Use Case Topic Area)"), "Fisheries")).Read();

        var useCase = result.UseCases.Single();
        Assert.Equal("Age, Other: Income", useCase.DemographicFeatures);
        Assert.Equal("Other: Fisheries", useCase.TopicArea);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("N/A")]
    [InlineData("")]
    public void Read_NoDemographicFeatures_Null(string value) =>
        Assert.Null(ReadOne((Demographics, value)).UseCases.Single().DemographicFeatures);

    [Fact]
    public void Read_ExactDuplicateRow_LaterRowSkipped()
    {
        var row = new[] { (Name, "Claims triage"), ("Agency Abbreviation", "ED"), (StageHeader, "Retired") };
        var result = InventoryCsvBuilder.Omb2024().Row(row).Row((Name, "Other"), (StageHeader, "Retired")).Row(row).Read();

        Assert.Equal(["Claims triage", "Other"], result.UseCases.Select(u => u.Name));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((4, "(row)", InventoryIssueAction.Skipped), (issue.SourceRow, issue.Column, issue.Action));
        Assert.Contains("row 2", issue.Message);
    }

    [Fact]
    public void Read_SameNameDifferentValues_BothKept()
    {
        var result = InventoryCsvBuilder.Omb2024()
            .Row((Name, "Generative AI Usage"), ("Bureau", "A")).Row((Name, "Generative AI Usage"), ("Bureau", "B")).Read();

        Assert.Equal(2, result.UseCases.Count);
        Assert.All(result.UseCases, u => Assert.Null(u.SourceId));
    }

    [Fact]
    public void Read_RowWithoutName_Skipped()
    {
        var result = InventoryCsvBuilder.Omb2024().Row((Name, " "), ("Agency Abbreviation", "ED")).Read();

        Assert.Empty(result.UseCases);
        Assert.Equal((2, InventoryIssueAction.Skipped), (Assert.Single(result.Issues).SourceRow, result.Issues[0].Action));
    }

    [Fact]
    public void Read_FieldsMapped_FromTheirColumns()
    {
        var useCase = ReadOne(
            ("Agency", "Department of Education"), ("Agency Abbreviation", "ED"), ("Bureau", "FSA"),
            ("What is the intended purpose and expected benefits of the AI?", "Faster answers"),
            ("Describe the AI system’s outputs.", "Draft replies"),
            ("Is this AI use case supporting a High-Impact Service Provider (HISP) public-facing service?", "Yes"),
            ("Does this AI use case disseminate information to the public?", "No")).UseCases.Single();

        Assert.Equal(("ED", "FSA", "Faster answers", "Draft replies"), (useCase.Agency, useCase.Bureau, useCase.Purpose, useCase.Outputs));
        Assert.Equal((SurveyAnswer.Yes, SurveyAnswer.No, SurveyAnswer.Unknown), (useCase.PublicFacingService, useCase.DisseminatesToPublic, useCase.FaceRecognition));
        Assert.Equal(2, useCase.SourceRow);
        Assert.Null(useCase.SourceId);
    }
}
