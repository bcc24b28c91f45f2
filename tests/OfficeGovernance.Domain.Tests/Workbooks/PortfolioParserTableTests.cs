using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Workbooks;
using static OfficeGovernance.Domain.Tests.Workbooks.PortfolioSample;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class PortfolioParserTableTests
{
    [Fact]
    public void Parse_SampleTables_ReadsEveryTableWithRows()
    {
        var workbook = PortfolioParser.Parse(Tables());

        Assert.Equal(["I-1", "I-2"], workbook.Initiatives.Select(i => i.Id));
        Assert.Equal([1, 2], workbook.Initiatives.Select(i => i.Row));
        Assert.Equal(Stage.EarlyProduction, workbook.Initiatives[1].Stage);
        Assert.Equal(InitiativeStatus.Paused, workbook.Initiatives[1].Status);
        Assert.Equal(5000m, workbook.Initiatives[0].MonthlyBudgetCap);
        Assert.Equal("A-1", Assert.Single(workbook.Agents).Id);
        Assert.Equal(3, workbook.Metrics.Count);
        Assert.Equal([1, 2, 3], workbook.Observations.Select(o => o.Row));
        Assert.Equal([1200.5m, 850m], workbook.Spend.Select(s => s.Cost));
        Assert.Equal(2, workbook.DecisionRights.Count);
        Assert.Equal("EUR", workbook.Settings.Currency);
    }

    [Theory]
    [InlineData("Initiatives")]
    [InlineData("Metrics")]
    [InlineData("Observations")]
    [InlineData("Spend")]
    [InlineData("DecisionRights")]
    public void Parse_RequiredTableMissing_ReportsTheTable(string table)
    {
        var problems = Problems(Without(table));

        Assert.Contains($"{table}: the workbook has no table named {table}", problems);
    }

    [Fact]
    public void Parse_ProblemsInTablesReadAtTheSameTime_ListedInTableOrderEveryTime()
    {
        string[] missing = ["Metrics", "Observations", "Spend", "DecisionRights"];
        var tables = Tables().Where(t => !missing.Contains(t.Name)).ToList();

        for (var run = 0; run < 20; run++)
        {
            Assert.Equal(missing.Select(t => $"{t}: the workbook has no table named {t}"), Problems(tables));
        }
    }

    [Fact]
    public void Parse_SettingsAndAgentsAbsent_ReadsDefaultsAndNoAgents()
    {
        var workbook = PortfolioParser.Parse(Without("Settings").Where(t => t.Name != "Agents"));

        Assert.Empty(workbook.Agents);
        Assert.Equal("USD", workbook.Settings.Currency);
        Assert.Equal(ReviewCadence.Weekly, workbook.Settings.ReviewCadence);
        Assert.Equal(TimeZoneInfo.Utc.Id, workbook.Settings.TimeZone.Id);
        Assert.Empty(workbook.Settings.LeadershipEmails);
        Assert.Null(workbook.Settings.AccountableLeader);
    }

    [Fact]
    public void Parse_TableNameInOtherCase_FindsTheTable()
    {
        var workbook = Parse(PortfolioSample.Spend().Named("SPEND"));

        Assert.Equal(2, workbook.Spend.Count);
    }

    [Fact]
    public void Parse_TwoTablesWithOneName_ReportsBoth()
    {
        var tables = Tables();
        tables.Add(PortfolioSample.Spend().Named("spend").OnSheet("Costs").Build());

        Assert.Equal("spend: two tables are named spend (on sheets Spend and Costs)", Problem(tables));
    }

    [Fact]
    public void Parse_RequiredColumnMissing_ReportsTableAndColumn()
    {
        var metrics = TableDataBuilder.Table("Metrics")
            .WithHeaders("InitiativeId", "Metric", "Baseline", "SuccessAt", "StopAt")
            .WithRow("I-1", "Quality", 0.7, 0.9, 0.6)
            .WithRow("I-1", "Handle time", 30, 20, 40)
            .WithRow("I-2", "Defects", 10, 5, 15);

        Assert.Equal("Metrics[Direction]: required column is missing", Problem(With(metrics)));
    }

    [Fact]
    public void Parse_DuplicateHeader_ReportsTheSecondHeaderCell()
    {
        var spend = TableDataBuilder.Table("Spend")
            .WithHeaders("InitiativeId", "Date", "Category", "Amount", " amount ")
            .WithRow("I-1", new DateOnly(2026, 3, 2), "Cloud", 10, 12);

        Assert.Equal("Spend[amount] (Spend!E1): the header appears twice (first in column D)", Problem(With(spend)));
    }

    [Fact]
    public void Parse_HeadersTrimmedInOtherCaseOrderAndWithExtraColumns_ReadsByName()
    {
        var observations = TableDataBuilder.Table("Observations")
            .WithHeaders("  value ", "Comment", "PERIODEND", "metric", "initiativeid")
            .WithRow(0.85, "anything", "2026-03-15", "Quality", "I-1");

        var observation = Assert.Single(Parse(observations).Observations);

        Assert.Equal(0.85, observation.Value);
        Assert.Equal(new DateOnly(2026, 3, 15), observation.PeriodEnd);
        Assert.Equal("Quality", observation.Metric);
        Assert.Null(observation.Source);
    }

    [Fact]
    public void Parse_SystemTablesPresent_NeverReadsThem()
    {
        var tables = Tables();
        tables.Add(TableDataBuilder.Table("Review").WithHeaders("InitiativeId", "Verdict").WithRow(CellValue.FromError("#REF!"), 7).Build());
        tables.Add(TableDataBuilder.Table("DecisionLog").WithHeaders("X", "X").Build());

        Assert.Equal(2, PortfolioParser.Parse(tables).Initiatives.Count);
    }

    [Fact]
    public void Parse_TrailingEmptyRows_AreSkipped()
    {
        var workbook = Parse(Observations().WithEmptyRow().WithRow(null, "  ", null));

        Assert.Equal(3, workbook.Observations.Count);
    }

    [Fact]
    public void Parse_EmptyRowBetweenDataRows_ReportsTheRow()
    {
        var observations = ObservationsHeader()
            .WithRow("I-1", "Quality", new DateOnly(2026, 3, 1), 0.8)
            .WithEmptyRow()
            .WithRow("I-1", "Quality", new DateOnly(2026, 3, 8), 0.9);

        Assert.Equal("Observations row 2 (Observations!A3): empty row inside the table", Problem(With(observations)));
    }

    [Fact]
    public void Parse_TableAwayFromA1_AddressesCellsOnTheSheet()
    {
        var rights = DecisionRightsHeader().OnSheet("Decision rights", firstColumn: 3, headerRow: 5)
            .WithRow("Launch", "boss", "*", null, null);

        Assert.Equal("DecisionRights[Approver] row 1 ('Decision rights'!D6): 'boss' is not an email address",
            Problem(With(rights)));
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneInTableAndRowOrder()
    {
        var initiatives = InitiativesHeader()
            .WithRow("I-1", null, "ana@example.com", "Beta", null, null, null, null, -1, null, null)
            .WithRow("I-2", "Code review", "ben@example.com", "Pilot", null, null, null, null, 10, null, null);
        var observations = ObservationsHeader()
            .WithRow("I-1", "Quality", "12/03/2026", "high")
            .WithRow("I-9", "Quality", new DateOnly(2026, 3, 1), 1);

        var problems = Problems(With(initiatives, observations, TableDataBuilder.Table("Spend").WithHeaders("InitiativeId")));

        Assert.Equal(
        [
            "Initiatives[Name] row 1 (Initiatives!B2): a value is required",
            "Initiatives[Stage] row 1 (Initiatives!D2): 'Beta' is not one of: Idea, Pilot, Early production, Scaled rollout, Enterprise operations, Retired",
            "Initiatives[MonthlyBudgetCap] row 1 (Initiatives!I2): -1 must not be negative",
            "Observations[PeriodEnd] row 1 (Observations!C2): '12/03/2026': dates as text must be ISO yyyy-mm-dd",
            "Observations[Value] row 1 (Observations!D2): text in a number cell: 'high'",
            "Observations[InitiativeId] row 2 (Observations!A3): unknown InitiativeId 'I-9': no Initiatives row has it",
            "Spend[Date]: required column is missing",
            "Spend[Category]: required column is missing",
        ], problems);
    }
}
