using OfficeGovernance.Domain.Tests.Builders;
using static OfficeGovernance.Domain.Tests.Workbooks.PortfolioSample;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class PortfolioParserReferenceTests
{
    [Fact]
    public void Parse_DuplicateInitiativeIdInOtherCase_ReportsLaterRow()
    {
        var initiatives = Initiatives().WithRow("i-1", "Again", null, "Pilot", null, null, null, null, 1, null, null);

        Assert.Equal("Initiatives[InitiativeId] row 3 (Initiatives!A4): duplicate InitiativeId 'i-1' (first at row 1)",
            Problem(With(initiatives)));
    }

    [Fact]
    public void Parse_DuplicateAgentId_ReportsLaterRow()
    {
        var agents = Agents().WithRow("a-1", "I-2", "Reviewer", null, null, null, null, null, null);

        Assert.Equal("Agents[AgentId] row 2 (Agents!A3): duplicate AgentId 'a-1' (first at row 1)", Problem(With(agents)));
    }

    [Fact]
    public void Parse_DuplicateMetricOfOneInitiative_ReportsLaterRow()
    {
        var metrics = Metrics().WithRow("I-1", "QUALITY", null, null, "Higher is better", 1, 3, 0);

        Assert.Equal("Metrics[Metric] row 4 (Metrics!B5): duplicate Metric 'QUALITY' for initiative 'I-1' (first at row 1)",
            Problem(With(metrics)));
    }

    [Fact]
    public void Parse_SameMetricNameInTwoInitiatives_IsAllowed()
    {
        var metrics = Metrics().WithRow("I-2", "Quality", null, null, "Higher is better", 1, 3, 0);

        Assert.Equal(4, Parse(metrics).Metrics.Count);
    }

    [Fact]
    public void Parse_DuplicateObservation_ReportsLaterRow()
    {
        var observations = Observations().WithRow("I-1", "quality", "2026-03-01", 0.5);

        Assert.Equal(
            "Observations[PeriodEnd] row 4 (Observations!C5): duplicate observation of 'Quality' for 2026-03-01 (first at row 1)",
            Problem(With(observations)));
    }

    [Theory]
    [InlineData("Agents", "Agents!B3")]
    [InlineData("Metrics", "Metrics!A5")]
    [InlineData("Observations", "Observations!A5")]
    [InlineData("Spend", "Spend!A4")]
    public void Parse_UnknownInitiative_ReportsTheReference(string table, string cell)
    {
        var builder = table switch
        {
            "Agents" => Agents().WithRow("A-2", "I-404", "Ghost", null, null, null, null, null, null),
            "Metrics" => Metrics().WithRow("I-404", "Quality", null, null, "Higher is better", 1, 3, 0),
            "Observations" => Observations().WithRow("I-404", "Quality", "2026-03-01", 1),
            _ => PortfolioSample.Spend().WithRow("I-404", "2026-03-01", "Cloud", null, 5, null, null, null),
        };

        var row = table switch { "Agents" => 2, "Spend" => 3, _ => 4 };

        Assert.Equal($"{table}[InitiativeId] row {row} ({cell}): unknown InitiativeId 'I-404': no Initiatives row has it",
            Problem(With(builder)));
    }

    [Fact]
    public void Parse_ObservationOfAnotherInitiativesMetric_Reports()
    {
        var observations = Observations().WithRow("I-2", "Quality", "2026-03-01", 1);

        Assert.Equal("Observations[Metric] row 4 (Observations!B5): 'Quality' is not a metric of initiative 'I-2' in the Metrics table",
            Problem(With(observations)));
    }

    [Fact]
    public void Parse_ReferencesInOtherCase_ResolveToDeclaredSpelling()
    {
        var observations = ObservationsHeader().WithRow("i-1", "HANDLE TIME", "2026-03-01", 22);
        var rights = DecisionRightsHeader().WithRow("Overage", "cfo@example.com", "i-2", 100, null);

        var workbook = Parse(observations, rights);

        Assert.Equal(("I-1", "Handle time"), (workbook.Observations[0].InitiativeId, workbook.Observations[0].Metric));
        Assert.Same(workbook.Initiatives[0].Id, workbook.Observations[0].InitiativeId);
        Assert.Equal("I-2", workbook.DecisionRights[0].Scope);
    }

    [Fact]
    public void Parse_ScopeUnknown_Reports()
    {
        var rights = PortfolioSample.DecisionRights().WithRow("Stop", "cto@example.com", "I-404", null, null);

        Assert.Equal("DecisionRights[Scope] row 3 (DecisionRights!C4): Scope 'I-404' must be * or a known InitiativeId",
            Problem(With(rights)));
    }

    [Fact]
    public void Parse_ReferencesWhileInitiativesMissing_ReportsOnlyTheMissingTable()
    {
        Assert.Equal("Initiatives: the workbook has no table named Initiatives", Problem(Without("Initiatives")));
    }

    [Fact]
    public void Parse_InvalidInitiativeRow_StillDeclaresItsId()
    {
        var initiatives = Initiatives().WithRow("I-3", "Broken", null, "Beta", null, null, null, null, 1, null, null);
        var spend = PortfolioSample.Spend().WithRow("I-3", "2026-03-05", "Cloud", null, 5, null, null, null);

        Assert.Equal(
            "Initiatives[Stage] row 3 (Initiatives!D4): 'Beta' is not one of: Idea, Pilot, Early production, Scaled rollout, Enterprise operations, Retired",
            Problem(With(initiatives, spend)));
    }

    [Theory]
    [InlineData("Higher is better", 0.9, 0.9, "StopAt 0.9 must be below SuccessAt 0.9 when Direction is Higher is better")]
    [InlineData("Higher is better", 0.9, 0.95, "StopAt 0.95 must be below SuccessAt 0.9 when Direction is Higher is better")]
    [InlineData("Lower is better", 20, 20, "StopAt 20 must be above SuccessAt 20 when Direction is Lower is better")]
    [InlineData("Lower is better", 20, 10.5, "StopAt 10.5 must be above SuccessAt 20 when Direction is Lower is better")]
    public void Parse_ThresholdsContradictingDirection_Reports(string direction, double successAt, double stopAt, string message)
    {
        var metrics = Metrics().WithRow("I-2", "Speed", null, null, direction, 1, successAt, stopAt);

        Assert.Equal($"Metrics[StopAt] row 4 (Metrics!H5): {message}", Problem(With(metrics)));
    }

    [Fact]
    public void Parse_ObservationOfInvalidMetric_ReportsOnlyTheMetric()
    {
        var metrics = Metrics().WithRow("I-2", "Speed", null, null, "Higher is better", 1, 5, 9);
        var observations = Observations().WithRow("I-2", "Speed", "2026-03-01", 4);

        Assert.Single(Problems(With(metrics, observations)));
    }

    [Fact]
    public void Parse_UserTableWithUnrelatedName_IsIgnored()
    {
        var tables = Tables();
        tables.Add(TableDataBuilder.Table("Notes").WithHeaders("Anything").WithRow("x").Build());

        Assert.Equal(2, Domain.Workbooks.PortfolioParser.Parse(tables).Initiatives.Count);
    }
}
