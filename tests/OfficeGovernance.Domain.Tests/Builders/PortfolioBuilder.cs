using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Builders;

/// <summary>Builds a <see cref="PortfolioWorkbook"/> from model records.</summary>
public sealed class PortfolioBuilder
{
    private readonly List<Initiative> _initiatives = [];
    private readonly List<Agent> _agents = [];
    private readonly List<Metric> _metrics = [];
    private readonly List<Observation> _observations = [];
    private readonly List<SpendEntry> _spend = [];
    private readonly List<DecisionRight> _rights = [];
    private PortfolioSettings _settings = new();

    /// <summary>
    /// One initiative that earns Expand as of <see cref="ReviewDates.AsOf"/>: three metrics at Success in both
    /// periods, staff time and software spend this month under the cap, every control passing.
    /// </summary>
    public static PortfolioBuilder Healthy(string id = "I1", Func<InitiativeBuilder, InitiativeBuilder>? change = null)
    {
        var builder = new PortfolioBuilder();
        builder.AddHealthy(id, change);
        return builder;
    }

    public PortfolioBuilder AddHealthy(string id, Func<InitiativeBuilder, InitiativeBuilder>? change = null)
    {
        With((change ?? (b => b))(new InitiativeBuilder(id)));
        WithMetric(new MetricBuilder("Accuracy", id));
        WithMetric(MetricBuilder.HandleTime(id));
        WithMetric(MetricBuilder.Satisfaction(id));
        foreach (var period in new[] { ReviewDates.Previous, ReviewDates.Latest })
        {
            Observe(id, "Accuracy", period, 92);
            Observe(id, "Handle time", period, 9);
            Observe(id, "CSAT", period, 4.6);
        }
        WithSpend(id, new DateOnly(2026, 11, 3), SpendCategory.StaffTime, 300m);
        WithSpend(id, new DateOnly(2026, 11, 5), SpendCategory.Software, 200m);
        return this;
    }

    public PortfolioBuilder With(InitiativeBuilder initiative)
    {
        _initiatives.Add(initiative.Build());
        return this;
    }

    public PortfolioBuilder WithMetric(MetricBuilder metric)
    {
        _metrics.Add(metric.Build());
        return this;
    }

    public PortfolioBuilder WithoutMetric(string initiativeId, string name)
    {
        _metrics.RemoveAll(m => m.InitiativeId == initiativeId && m.Name == name);
        _observations.RemoveAll(o => o.InitiativeId == initiativeId && o.Metric == name);
        return this;
    }

    public PortfolioBuilder WithoutObservations(string initiativeId, string metric, DateOnly periodEnd)
    {
        _observations.RemoveAll(o => o.InitiativeId == initiativeId && o.Metric == metric && o.PeriodEnd == periodEnd);
        return this;
    }

    public PortfolioBuilder Observe(string initiativeId, string metric, DateOnly periodEnd, double value)
    {
        _observations.RemoveAll(o => o.InitiativeId == initiativeId && o.Metric == metric && o.PeriodEnd == periodEnd);
        _observations.Add(new Observation { InitiativeId = initiativeId, Metric = metric, PeriodEnd = periodEnd, Value = value });
        return this;
    }

    public PortfolioBuilder WithSpend(string initiativeId, DateOnly date, SpendCategory category, decimal cost)
    {
        _spend.Add(new SpendEntry { InitiativeId = initiativeId, Date = date, Category = category, Cost = cost });
        return this;
    }

    public PortfolioBuilder WithoutSpend(string initiativeId)
    {
        _spend.RemoveAll(s => s.InitiativeId == initiativeId);
        return this;
    }

    public PortfolioBuilder WithAgent(AgentBuilder agent)
    {
        _agents.Add(agent.Build());
        return this;
    }

    public PortfolioBuilder WithRight(
        DecisionType type, string approver, string scope = "*", decimal? maxAmount = null,
        RiskLevel maxRisk = RiskLevel.High)
    {
        _rights.Add(new DecisionRight
        {
            Type = type, Approver = approver, Scope = scope, MaxAmount = maxAmount, MaxRiskLevel = maxRisk,
            Row = _rights.Count + 1,
        });
        return this;
    }

    public PortfolioBuilder WithSettings(Func<PortfolioSettings, PortfolioSettings> change)
    {
        _settings = change(_settings);
        return this;
    }

    public PortfolioWorkbook Build() => new()
    {
        Settings = _settings,
        Initiatives = _initiatives.ToArray(),
        Agents = _agents.ToArray(),
        Metrics = _metrics.ToArray(),
        Observations = _observations.ToArray(),
        Spend = _spend.ToArray(),
        DecisionRights = _rights.ToArray(),
    };
}
