using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using static OfficeGovernance.Domain.Tests.Workbooks.PortfolioSample;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class PortfolioParserCellTests
{
    [Fact]
    public void Parse_NumberInTextColumn_ReadsInvariantString()
    {
        var initiatives = InitiativesHeader().WithRow(101, "Numbered", null, "Idea", null, null, null, null, 0, null, null);
        var metrics = MetricsHeader().WithRow("101", 2.5, null, null, "Higher is better", 1, 3, 0);

        var workbook = Parse(initiatives, metrics, ObservationsHeader(), SpendHeader(), DecisionRightsHeader(), AgentsHeader());

        Assert.Equal("101", Assert.Single(workbook.Initiatives).Id);
        Assert.Equal("2.5", Assert.Single(workbook.Metrics).Name);
    }

    [Fact]
    public void Parse_TextWithSpaces_IsTrimmed()
    {
        var workbook = Parse(InitiativesHeader().WithRow("  I-1 ", " Support ", null, "Pilot", null, null, null, null, 1, null, null),
            MetricsHeader(), ObservationsHeader(), SpendHeader(), DecisionRightsHeader(), AgentsHeader());

        Assert.Equal(("I-1", "Support"), (workbook.Initiatives[0].Id, workbook.Initiatives[0].Name));
    }

    [Fact]
    public void Parse_EmailColumnWithoutEmail_ReportsTheCell()
    {
        var rights = DecisionRightsHeader().WithRow("Launch", "the CTO", null, null, null);

        Assert.Equal("DecisionRights[Approver] row 1 (DecisionRights!B2): 'the CTO' is not an email address", Problem(With(rights)));
    }

    [Fact]
    public void Parse_OwnersThatAreNotEmails_AreKeptForTheRules()
    {
        var initiatives = InitiativesHeader().WithRow("I-1", "Support", "Ana from support", "Pilot", null, null, null, null, 1, null, null)
            .WithRow("I-2", "Other", null, "Pilot", null, null, null, null, 1, null, null);
        var agents = AgentsHeader().WithRow("A-1", "I-1", "Drafter", "ana", "ops team", null, null, null, null);

        var workbook = Parse(initiatives, agents);

        Assert.Equal("Ana from support", workbook.Initiatives[0].Owner);
        Assert.Null(workbook.Initiatives[1].Owner);
        Assert.Equal(("ana", "ops team"), (workbook.Agents[0].Owner, workbook.Agents[0].KillSwitchOwner));
    }

    [Fact]
    public void Parse_DateSerialAndIsoText_ReadAsCalendarDates()
    {
        var observations = ObservationsHeader()
            .WithRow("I-1", "Quality", 46082.0, 0.8)
            .WithRow("I-1", "Quality", 46089.75, 0.8)
            .WithRow("I-1", "Quality", " 2026-03-22 ", 0.8);

        var dates = Parse(observations).Observations.Select(o => o.PeriodEnd);

        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 22)], dates);
    }

    [Theory]
    [InlineData("12/03/2026")]
    [InlineData("next week")]
    [InlineData("2026-3-1")]
    public void Parse_DateAsOtherText_ReportsIsoRule(string text)
    {
        var observations = ObservationsHeader().WithRow("I-1", "Quality", text, 0.8);

        Assert.Equal($"Observations[PeriodEnd] row 1 (Observations!C2): '{text}': dates as text must be ISO yyyy-mm-dd",
            Problem(With(observations)));
    }

    [Fact]
    public void Parse_DateSerialOutOfRange_Reports()
    {
        var observations = ObservationsHeader().WithRow("I-1", "Quality", -3, 0.8);

        Assert.Equal("Observations[PeriodEnd] row 1 (Observations!C2): -3 is not an Excel date", Problem(With(observations)));
    }

    [Fact]
    public void Parse_NumberAsInvariantText_IsRead()
    {
        var observations = ObservationsHeader().WithRow("I-1", "Quality", "2026-03-01", " 0.75 ");

        Assert.Equal(0.75, Assert.Single(Parse(observations).Observations).Value);
    }

    [Theory]
    [InlineData("high")]
    [InlineData("0,75")]
    [InlineData("NaN")]
    public void Parse_TextInNumberCell_Reports(string text)
    {
        var observations = ObservationsHeader().WithRow("I-1", "Quality", "2026-03-01", text);

        Assert.Equal($"Observations[Value] row 1 (Observations!D2): text in a number cell: '{text}'", Problem(With(observations)));
    }

    [Fact]
    public void Parse_NegativeHourlyRate_Reports()
    {
        var spend = SpendHeader().WithRow("I-1", new DateOnly(2026, 3, 2), "Staff time", null, null, 2, -20.5, null);

        Assert.Equal("Spend[HourlyRate] row 1 (Spend!G2): -20.5 must not be negative", Problem(With(spend)));
    }

    [Fact]
    public void Parse_NegativeSpendAmount_IsReadAsACredit()
    {
        var spend = SpendHeader().WithRow("I-1", new DateOnly(2026, 3, 2), "Cloud", null, -20.5, null, null, null);

        Assert.Equal(-20.5m, PortfolioParser.Parse(With(spend)).Spend.Single().Cost);
    }

    [Fact]
    public void Parse_EnumInOtherCaseAndSpacing_IsMatched()
    {
        var initiatives = InitiativesHeader().WithRow("I-1", "Support", null, "early PRODUCTION", "paused", null, null, "high", 1, null, null)
            .WithRow("I-2", "Other", null, "Pilot", null, null, null, null, 1, null, null);

        var initiative = Parse(initiatives).Initiatives[0];

        Assert.Equal((Stage.EarlyProduction, InitiativeStatus.Paused, RiskLevel.High),
            (initiative.Stage, initiative.Status, initiative.RiskLevel));
    }

    [Fact]
    public void Parse_UnknownEnumValue_ReportsAllowedValues()
    {
        var rights = DecisionRightsHeader().WithRow("Launch", "cto@example.com", null, null, "Severe");

        Assert.Equal("DecisionRights[MaxRiskLevel] row 1 (DecisionRights!E2): 'Severe' is not one of: Low, Medium, High",
            Problem(With(rights)));
    }

    [Fact]
    public void Parse_ListWithBlanksBetweenSeparators_ReadsEachValue()
    {
        var initiatives = InitiativesHeader()
            .WithRow("I-1", "Support", null, "Pilot", null, "Internal; ; customer personal;", "send externally;draft", null, 1, null, null)
            .WithRow("I-2", "Other", null, "Pilot", null, null, null, null, 1, null, null);

        var initiative = Parse(initiatives).Initiatives[0];

        Assert.Equal([DataCategory.Internal, DataCategory.CustomerPersonal], initiative.DataTouched.Order());
        Assert.Equal([WorkAction.Draft, WorkAction.SendExternally], initiative.Actions.Order());
        Assert.Empty(Parse(initiatives).Initiatives[1].DataTouched);
    }

    [Fact]
    public void Parse_UnknownListValue_ReportsEachOne()
    {
        var agents = AgentsHeader().WithRow("A-1", "I-1", "Drafter", null, null, null, "Draft; Fly; Swim", null, null);

        Assert.Equal(
        [
            "Agents[Permissions] row 1 (Agents!G2): 'Fly' is not one of: Summarize, Draft, Recommend, Send externally, Update records, Change permissions, Change billing, Deploy code, Publish, Decide autonomously",
            "Agents[Permissions] row 1 (Agents!G2): 'Swim' is not one of: Summarize, Draft, Recommend, Send externally, Update records, Change permissions, Change billing, Deploy code, Publish, Decide autonomously",
        ], Problems(With(agents)));
    }

    public static TheoryData<object?, bool?> YesNoCells => new()
    {
        { "Yes", true }, { " no ", false }, { "TRUE", true }, { "false", false }, { true, true }, { false, false }, { null, null },
    };

    [Theory]
    [MemberData(nameof(YesNoCells))]
    public void Parse_HumanApproval_ReadsYesNo(object? cell, bool? expected)
    {
        var agents = AgentsHeader().WithRow("A-1", "I-1", "Drafter", null, null, null, null, cell, null);

        Assert.Equal(expected, Assert.Single(Parse(agents).Agents).HumanApproval);
    }

    [Fact]
    public void Parse_HumanApprovalNotYesNo_Reports()
    {
        var agents = AgentsHeader().WithRow("A-1", "I-1", "Drafter", null, null, null, null, "maybe", null);

        Assert.Equal("Agents[HumanApproval] row 1 (Agents!H2): 'maybe' is not Yes or No", Problem(With(agents)));
    }

    [Theory]
    [InlineData("#N/A")]
    [InlineData("#REF!")]
    [InlineData("#NAME?")]
    public void Parse_FormulaErrorCell_ReportsTheError(string code)
    {
        var spend = PortfolioSample.Spend().WithRow("I-1", new DateOnly(2026, 3, 4), "Cloud", CellValue.FromError(code), 10, null, null, null);

        Assert.Equal($"Spend[Vendor] row 3 (Spend!D4): formula error {code}", Problem(With(spend)));
    }

    [Fact]
    public void Parse_RequiredCellBlank_Reports()
    {
        var metrics = Metrics().WithRow("I-2", "Speed", null, null, "Lower is better", 10, 5, null);

        Assert.Equal("Metrics[StopAt] row 4 (Metrics!H5): a value is required", Problem(With(metrics)));
    }

    [Fact]
    public void Parse_BlankOptionalCells_ReadTheirDefaults()
    {
        var rights = DecisionRightsHeader().WithRow("Expand", "cto@example.com", null, null, null);

        var workbook = Parse(rights);
        var right = Assert.Single(workbook.DecisionRights);
        var initiative = workbook.Initiatives[1];

        Assert.Equal(("*", (decimal?)null, RiskLevel.High), (right.Scope, right.MaxAmount, right.MaxRiskLevel));
        Assert.Equal((InitiativeStatus.Active, (RiskLevel?)null), (workbook.Initiatives[0].Status, initiative.RiskLevel));
        Assert.Null(initiative.SuccessMetric);
        Assert.Null(initiative.LastRollbackDrill);
        Assert.Null(workbook.Agents[0].Vendor);
    }
}
