using System.Collections;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class PortfolioTablesTests
{
    [Fact]
    public void ToOutputTables_SampleParsedAndWrittenBack_ParsesToTheSameContent()
    {
        var original = PortfolioParser.Parse(PortfolioSample.Tables());

        var reread = RoundTrip(original);

        Assert.Equal(PortfolioContent.Describe(original), PortfolioContent.Describe(reread));
    }

    [Fact]
    public void ToOutputTables_EveryFieldSet_ParsesToTheSameContent()
    {
        var original = FullWorkbook();

        var reread = RoundTrip(original);

        Assert.Equal(PortfolioContent.Describe(original), PortfolioContent.Describe(reread));
    }

    [Fact]
    public void ToOutputTables_Always_WritesTheSevenInputTablesWithSchemaColumns()
    {
        var tables = PortfolioTables.ToOutputTables(FullWorkbook());

        Assert.Equal(PortfolioSchema.InputTableNames, tables.Select(t => t.Name));
        Assert.All(tables, t => Assert.Equal(t.Name, t.SheetName));
        foreach (var (table, schema) in tables.Zip(PortfolioSchema.Tables))
        {
            Assert.Equal(schema.Columns.Select(c => c.Name), table.Columns.Select(c => c.Header));
            Assert.All(table.Rows, row => Assert.Equal(table.Columns.Count, row.Count));
        }
    }

    [Fact]
    public void ToOutputTables_Initiatives_FormatsDatesMoneyAndLabels()
    {
        var table = PortfolioTables.ToOutputTables(FullWorkbook()).Single(t => t.Name == "Initiatives");
        var row = table.Rows.First();
        int Column(string name) => PortfolioSchema.Initiatives.IndexOf(name);

        Assert.Equal(ColumnFormat.Date, table.Columns[Column("LastRollbackDrill")].Format);
        Assert.Equal(ColumnFormat.Money, table.Columns[Column("MonthlyBudgetCap")].Format);
        Assert.Equal(ColumnFormat.Text, table.Columns[Column("InitiativeId")].Format);
        Assert.Equal(CellValue.FromNumber(46037), row[Column("LastRollbackDrill")]);
        Assert.Equal(CellValue.FromNumber(12500.75), row[Column("MonthlyBudgetCap")]);
        Assert.Equal(CellValue.FromText("Early production"), row[Column("Stage")]);
        Assert.Equal(CellValue.FromText("Internal; Customer personal"), row[Column("DataTouched")]);
        Assert.Equal(CellValue.Empty, row[Column("Department")]);
    }

    [Fact]
    public void ToOutputTables_StaffTimeAtHoursTimesRate_LeavesAmountBlank()
    {
        var spend = PortfolioTables.ToOutputTables(FullWorkbook()).Single(t => t.Name == "Spend").Rows.ToArray();
        var amount = PortfolioSchema.Spend.IndexOf("Amount");

        Assert.Equal(CellValue.FromNumber(99.9), spend[0][amount]);
        Assert.Equal(CellValue.Empty, spend[1][amount]);
    }

    [Fact]
    public void ToOutputTables_LargeTables_BuildsRowsOnlyWhenEnumerated()
    {
        var observations = new CountingList<Observation>(Enumerable.Range(0, 1000).Select(i => new Observation
        {
            InitiativeId = "I-1", Metric = "Quality", PeriodEnd = new DateOnly(2026, 1, 1).AddDays(i), Value = i,
        }).ToArray());

        var table = PortfolioTables.ToOutputTables(FullWorkbook() with { Observations = observations })
            .Single(t => t.Name == "Observations");

        Assert.Equal(0, observations.Reads);
        Assert.Equal(1000, table.Rows.Count());
        Assert.True(observations.Reads > 0);
    }

    private static PortfolioWorkbook RoundTrip(PortfolioWorkbook workbook) =>
        PortfolioParser.Parse(PortfolioTables.ToOutputTables(workbook).Select(TableDataBuilder.From));

    private static PortfolioWorkbook FullWorkbook() => new()
    {
        Settings = new PortfolioSettings
        {
            Currency = "EUR", ReviewCadence = ReviewCadence.Biweekly, AccountableLeader = "cto@example.com",
            LeadershipEmails = ["cfo@example.com", "cto@example.com"], SenderMailbox = "office@example.com",
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"),
            WorkbookId = Guid.Parse("5a0f3c2e-8d1b-4e6a-9c7f-2b4d6e8f0a1c"),
        },
        Initiatives =
        [
            new Initiative
            {
                Id = "I-1", Name = "Support drafts", Workflow = "Tickets", Department = null, Objective = Objective.ServiceEfficiency,
                Owner = "Ana (support)", StopAuthority = "ana@example.com", Stage = Stage.EarlyProduction,
                Status = InitiativeStatus.Paused, DataTouched = new HashSet<DataCategory> { DataCategory.CustomerPersonal, DataCategory.Internal },
                Actions = new HashSet<WorkAction> { WorkAction.Draft, WorkAction.SendExternally }, Audience = Audience.CustomerFacing,
                HumanCheckpoint = HumanCheckpoint.SpotCheck, FailureVisibility = FailureVisibility.ReportedByUsers,
                RiskLevel = RiskLevel.Medium, MonthlyBudgetCap = 12500.75m, OverageApprover = "cfo@example.com",
                OverageLimit = 1000m, SuccessMetric = "CSAT", RollbackPlan = "Switch off", FallbackProcess = "Manual replies",
                FallbackOwner = "lead@example.com", LastRollbackDrill = new DateOnly(2026, 1, 15),
                LaunchDate = new DateOnly(2025, 11, 3), NextReviewDate = new DateOnly(2026, 4, 1),
                DecisionDueDate = new DateOnly(2026, 4, 15), Row = 1,
            },
            new Initiative { Id = "101", Name = "Numbered", Stage = Stage.Idea, MonthlyBudgetCap = 0m, Row = 2 },
        ],
        Agents =
        [
            new Agent
            {
                Id = "A-1", InitiativeId = "I-1", Name = "Drafter", Owner = "ana@example.com", KillSwitchOwner = "ops",
                Vendor = "OpenAI", Model = "gpt", PromptVersion = "v3", Autonomy = AgentAutonomy.DomainCopilot,
                Permissions = new HashSet<WorkAction> { WorkAction.UpdateRecords }, DataAccess = new HashSet<DataCategory> { DataCategory.Billing },
                HumanApproval = false, ExpectedBehavior = "Drafts only", RollbackPath = "Disable", Status = AgentStatus.Production,
                LastReviewed = new DateOnly(2026, 2, 28), Row = 1,
            },
            new Agent { Id = "A-2", InitiativeId = "101", Name = "Idle", HumanApproval = true, Row = 2 },
        ],
        Metrics =
        [
            new Metric
            {
                InitiativeId = "I-1", Name = "Quality", Kind = MetricKind.Quality, Unit = "%", Direction = MetricDirection.HigherIsBetter,
                Baseline = 0.7, SuccessAt = 0.9, StopAt = 0.6, Row = 1,
            },
            new Metric { InitiativeId = "I-1", Name = "Review time", Direction = MetricDirection.LowerIsBetter, Baseline = -1.25, SuccessAt = -3, StopAt = 1e-7, Row = 2 },
        ],
        Observations =
        [
            new Observation { InitiativeId = "I-1", Metric = "Quality", PeriodEnd = new DateOnly(2026, 3, 1), Value = 0.1 + 0.2, Source = "QA", Row = 1 },
            new Observation { InitiativeId = "I-1", Metric = "Review time", PeriodEnd = new DateOnly(2026, 3, 1), Value = -2, Row = 2 },
        ],
        Spend =
        [
            new SpendEntry { InitiativeId = "I-1", Date = new DateOnly(2026, 3, 2), Category = SpendCategory.StaffTime, Cost = 99.9m, Hours = 2, HourlyRate = 40m, Row = 1 },
            new SpendEntry { InitiativeId = "I-1", Date = new DateOnly(2026, 3, 3), Category = SpendCategory.StaffTime, Cost = 61.5m, Hours = 1.5, HourlyRate = 41m, Note = "=SUM(A1)", Row = 2 },
            new SpendEntry { InitiativeId = "101", Date = new DateOnly(2026, 3, 4), Category = SpendCategory.ModelUsage, Vendor = "Acme", Cost = 0.01m, Row = 3 },
        ],
        DecisionRights =
        [
            new DecisionRight { Type = DecisionType.ScopeChange, Approver = "cto@example.com", Scope = "I-1", MaxAmount = 5000m, MaxRiskLevel = RiskLevel.Medium, Row = 1 },
            new DecisionRight { Type = DecisionType.RollbackDrill, Approver = "cto@example.com", Row = 2 },
        ],
    };

    private sealed class CountingList<T>(IReadOnlyList<T> items) : IReadOnlyList<T>
    {
        public int Reads { get; private set; }

        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                Reads++;
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            Reads++;
            return items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
