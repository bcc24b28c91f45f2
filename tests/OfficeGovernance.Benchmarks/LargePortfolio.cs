using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// The portfolio of docs/rules.md#performance: 2,000 initiatives, 10,000 metrics with 26 weekly periods each (260,000
/// observations) and 100,000 spend rows, written once to a temporary .xlsx. Seeded, so every run measures the same file.
/// </summary>
public static class LargePortfolio
{
    public const int Initiatives = 2_000;
    public const int MetricsPerInitiative = 5;
    public const int Periods = 26;
    public const int SpendRows = 100_000;
    public static readonly DateOnly AsOf = new(2026, 11, 20);

    /// <summary>Writes the workbook to <paramref name="path"/> (replacing it) and returns the path.</summary>
    public static string Write(string path)
    {
        PortfolioWorkbookFile.Create(path, PortfolioTables.ToOutputTables(Build(seed: 6)));
        return path;
    }

    public static PortfolioWorkbook Build(int seed)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(1, Initiatives).Select(i => $"INI-{i:D5}").ToArray();
        var initiatives = ids.Select((id, i) => new Initiative
        {
            Id = id, Name = $"Initiative {i + 1}", Workflow = "Case handling", Owner = $"owner{i % 300}@example.org",
            StopAuthority = "cto@example.org", Stage = (Stage)(1 + i % 4), DataTouched = new HashSet<DataCategory> { DataCategory.Internal },
            Actions = new HashSet<WorkAction> { WorkAction.Draft }, Audience = Audience.Internal,
            HumanCheckpoint = HumanCheckpoint.ApproveEachOutput, FailureVisibility = FailureVisibility.Monitored,
            MonthlyBudgetCap = 10_000m + i % 7 * 1_000m, OverageApprover = "cfo@example.org", OverageLimit = 1_000m,
            SuccessMetric = "Acceptance", RollbackPlan = "Off switch", FallbackProcess = "Manual", FallbackOwner = "ops@example.org",
            LastRollbackDrill = AsOf.AddDays(-(i % 120)),
        }).ToArray();
        var metrics = ids.SelectMany(id => Enumerable.Range(1, MetricsPerInitiative).Select(m => new Metric
        {
            InitiativeId = id, Name = $"Metric {m}", Kind = MetricKind.Quality, Unit = "%",
            Direction = MetricDirection.HigherIsBetter, Baseline = 50, SuccessAt = 80, StopAt = 40,
        })).ToArray();
        var observations = metrics.SelectMany(m => Enumerable.Range(0, Periods).Select(p => new Observation
        {
            InitiativeId = m.InitiativeId, Metric = m.Name, PeriodEnd = AsOf.AddDays(-7 * (Periods - 1 - p)),
            Value = Math.Round(35 + random.NextDouble() * 60, 2), Source = "Weekly report",
        })).ToArray();
        var spend = Enumerable.Range(0, SpendRows).Select(r => new SpendEntry
        {
            InitiativeId = ids[r % Initiatives], Date = AsOf.AddDays(-(r / Initiatives % 80)),
            Category = (SpendCategory)(r % 5), Vendor = "Vendor", Cost = Math.Round((decimal)(random.NextDouble() * 900), 2),
            Hours = r % 5 == 4 ? 2 : null, HourlyRate = r % 5 == 4 ? 90m : null,
        }).ToArray();
        return new PortfolioWorkbook
        {
            Initiatives = initiatives, Metrics = metrics, Observations = observations, Spend = spend,
            DecisionRights = [new DecisionRight { Type = DecisionType.Expand, Approver = "cto@example.org" }],
        };
    }
}
