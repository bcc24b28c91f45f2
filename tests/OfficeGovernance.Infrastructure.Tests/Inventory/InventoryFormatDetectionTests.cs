using System.IO.Compression;
using System.Text;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

public sealed class InventoryFormatDetectionTests
{
    private static InventoryReadResult Read(byte[] bytes, string label = "renamed.txt") =>
        new InventoryReader().Read(new MemoryStream(bytes), label);

    [Theory]
    [InlineData("DHS_inventory.csv")]
    [InlineData("notes.xlsx")]
    public void Read_Omb2024HeadersUnderMisleadingName_DetectedByHeaders(string label)
    {
        var bytes = InventoryCsvBuilder.Omb2024().Row(("Use Case Name", "A"), ("Stage of Development", "Initiated")).Bytes();

        Assert.Equal(InventorySchema.Omb2024, Read(bytes, label).Schema);
    }

    [Fact]
    public void Read_DhsHeaders_DetectedAsDhs() =>
        Assert.Equal(InventorySchema.Dhs2024, InventoryCsvBuilder.Dhs2024().Row(("Use Case Name", "A")).Read().Schema);

    [Fact]
    public void Read_HeadersWithOtherCaseLineBreaksAndNbsp_StillDetected()
    {
        var headers = FederalInventoryHeaders.Omb2024.Select(h => h switch
        {
            "Use Case Name" => " USE CASE\nNAME ",
            "Agency Abbreviation" => "Agency\u00A0 Abbreviation",
            _ => h,
        }).ToArray();

        var result = new InventoryCsvBuilder(headers).RowAt((0, "Claims"), (9, "Pilot")).Read();

        Assert.Equal(InventorySchema.Omb2024, result.Schema);
        Assert.Equal("Claims", result.UseCases.Single().Name);
    }

    [Fact]
    public void Read_TitleLinesAboveHeader_HeaderFoundAndRowsNumberedByRecord()
    {
        var result = InventoryCsvBuilder.Omb2024().Title("2024 inventory export").Row(("Use Case Name", "A"), ("Stage of Development", "Initiated")).Read();

        Assert.Equal(3, result.UseCases.Single().SourceRow);
    }

    [Fact]
    public void Read_CsvThatIsNotAnInventory_ThrowsNamingTheFileAndTheExpectedHeaders()
    {
        var bytes = Encoding.UTF8.GetBytes("date,amount,vendor\r\n2024-01-01,12.50,Contoso\r\n");

        var exception = Assert.Throws<InventoryFormatException>(() => Read(bytes, "spend.csv"));

        Assert.StartsWith("spend.csv:", exception.Message);
        Assert.Contains("use case name", exception.Message);
        Assert.Contains("is_high_impact", exception.Message);
    }

    [Fact]
    public void Read_EmptyFile_Throws() => Assert.Throws<InventoryFormatException>(() => Read([]));

    [Fact]
    public void Read_EncryptedOrLegacyWorkbook_Throws()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Assert.Contains("encrypted", Assert.Throws<InventoryFormatException>(() => Read(ole, "inv.xlsx")).Message);
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_Throws()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var exception = Assert.Throws<InventoryFormatException>(() => Read(memory.ToArray(), "inv.xlsx"));

        Assert.StartsWith("inv.xlsx:", exception.Message);
    }

    [Fact]
    public void Read_Windows1252RightQuote_DecodedAsTypographicApostrophe()
    {
        var text = InventoryCsvBuilder.Omb2024().Row(("Use Case Name", "Agency\u2019s chatbot"), ("Stage of Development", "Initiated")).Text();
        var bytes = InventoryTestFiles.Windows1252().GetBytes(text);
        Assert.Contains((byte)0x92, bytes);

        Assert.Equal("Agency\u2019s chatbot", Read(bytes).UseCases.Single().Name);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_FirstHeaderMatched()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(InventoryCsvBuilder.Dhs2024().Row(("Use Case Name", "Caf\u00E9 finder")).Bytes()).ToArray();

        var result = Read(bytes);

        Assert.Equal(InventorySchema.Dhs2024, result.Schema);
        Assert.Equal("Caf\u00E9 finder", result.UseCases.Single().Name);
    }

    [Fact]
    public void Read_LineBreakInsideQuotedCell_OneRecord()
    {
        var result = InventoryCsvBuilder.Omb2024()
            .Row(("Use Case Name", "First"), ("Describe the AI system’s outputs.", "Line one\r\nLine two\nLine three"), ("Stage of Development", "Initiated"))
            .Row(("Use Case Name", "Second"), ("Stage of Development", "Initiated")).Read();

        Assert.Equal(["First", "Second"], result.UseCases.Select(u => u.Name));
        Assert.Equal("Line one Line two Line three", result.UseCases[0].Outputs);
        Assert.Equal(3, result.UseCases[1].SourceRow);
    }

    [Fact]
    public void Read_Omb2025ShortNames_DetectedAndMapped()
    {
        var result = InventoryCsvBuilder.Omb2025().Row(
            ("agency", "DOE"), ("agency_name", "Department of Energy"), ("id", "DOE-12"), ("use_case_name", "Grid forecasting"),
            ("agency_bureau", "EIA"), ("contact_email", "ai@doe.gov"), ("development_stage", "Deployed"), ("is_high_impact", "a) No"),
            ("topic_area", "Energy"), ("problem_solved", "Forecast load."), ("benefits", "Fewer outages."), ("system_outputs", "Forecasts"),
            ("operational_date", "2024-06-30"), ("has_pii", "b) Yes"), ("demographic_features", "None")).Read();

        Assert.Equal(InventorySchema.Omb2025, result.Schema);
        Assert.Empty(result.Issues);
        var useCase = result.UseCases.Single();
        Assert.Equal(("DOE-12", "DOE", "EIA", "ai@doe.gov"), (useCase.SourceId, useCase.Agency, useCase.Bureau, useCase.ContactEmail));
        Assert.Equal((Domain.Portfolio.Stage.ScaledRollout, DeclaredImpact.NotHigh, SurveyAnswer.Yes), (useCase.Stage, useCase.DeclaredImpact, useCase.InvolvesPii));
        Assert.Equal("Forecast load. Fewer outages.", useCase.Purpose);
        Assert.Equal(new DateOnly(2024, 6, 30), useCase.Implemented);
        Assert.Null(useCase.DemographicFeatures);
    }

    [Theory]
    [InlineData("Pre-deployment", Domain.Portfolio.Stage.Idea)]
    [InlineData("Pilot", Domain.Portfolio.Stage.Pilot)]
    [InlineData("Retired", Domain.Portfolio.Stage.Retired)]
    public void Read_Omb2025Stages_Mapped(string stage, Domain.Portfolio.Stage expected) =>
        Assert.Equal(expected, InventoryCsvBuilder.Omb2025().Row(("use_case_name", "A"), ("development_stage", stage)).Read().UseCases.Single().Stage);

    [Fact]
    public void Read_Omb2025InvalidEmail_Rejected()
    {
        var result = InventoryCsvBuilder.Omb2025().Row(("id", "X-1"), ("use_case_name", "A"), ("development_stage", "Pilot"), ("contact_email", "John Smith")).Read();

        Assert.Null(result.UseCases.Single().ContactEmail);
        Assert.Equal(("contact_email", InventoryIssueAction.Rejected), (Assert.Single(result.Issues).Column, result.Issues[0].Action));
    }
}
