using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Workbooks;
using static OfficeGovernance.Domain.Tests.Workbooks.PortfolioSample;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class PortfolioParserWorkbookIdTests
{
    [Theory]
    [InlineData("5a0f3c2e-8d1b-4e6a-9c7f-2b4d6e8f0a1c")]
    [InlineData(" 5A0F3C2E-8D1B-4E6A-9C7F-2B4D6E8F0A1C ")]
    public void Parse_WorkbookIdSetting_ReadsTheGuid(string value)
    {
        var read = Parse(Settings().WithRow("WorkbookId", value)).Settings;

        Assert.Equal(Guid.Parse("5a0f3c2e-8d1b-4e6a-9c7f-2b4d6e8f0a1c"), read.WorkbookId);
    }

    [Fact]
    public void Parse_NoWorkbookIdSetting_LeavesItUnset()
    {
        Assert.Null(Parse().Settings.WorkbookId);
    }

    [Theory]
    [InlineData("portfolio.xlsx")]
    [InlineData("5a0f3c2e8d1b4e6a9c7f2b4d6e8f0a1c")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{5a0f3c2e-8d1b-4e6a-9c7f-2b4d6e8f0a1c}")]
    public void Parse_WorkbookIdNotTheSystemsGuid_ReportsTheValueCellAndNeverMakesANewOne(string value)
    {
        var settings = Settings().WithRow("WorkbookId", value);

        var problem = Problem(With(settings));

        Assert.StartsWith("Settings[Value] row 4 (Settings!B5): WorkbookId", problem);
        Assert.Contains("restore it from an earlier copy", problem);
    }

    [Fact]
    public void ParseSettings_OtherTablesInvalid_ReadsSettingsAlone()
    {
        var tables = With(Settings().WithRow("WorkbookId", "5a0f3c2e-8d1b-4e6a-9c7f-2b4d6e8f0a1c"),
            TableDataBuilder.Table("Initiatives").WithHeaders("Name").WithRow("no id column"));

        var settings = PortfolioParser.ParseSettings(tables);

        Assert.Equal("5a0f3c2e-8d1b-4e6a-9c7f-2b4d6e8f0a1c", DecisionLogKey.Of(settings.WorkbookId!.Value));
    }

    [Fact]
    public void ParseSettings_BadSettingsCell_ThrowsNamingIt()
    {
        var tables = With(Settings().WithRow("WorkbookId", "copied by hand"));

        var failure = Assert.Throws<WorkbookValidationException>(() => PortfolioParser.ParseSettings(tables));

        Assert.StartsWith("Settings[Value] row 4 (Settings!B5)", Assert.Single(failure.Problems).ToString());
    }

    [Fact]
    public void DecisionLogKey_EmptyGuid_Throws()
    {
        Assert.Throws<ArgumentException>(() => DecisionLogKey.Of(Guid.Empty));
    }
}
