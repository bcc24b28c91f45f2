using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Mail;

/// <summary>Builds one initiative's review result, and whole portfolio reviews, for the status composer.</summary>
internal sealed class StatusReviewBuilder
{
    public static readonly DateOnly AsOf = new(2026, 11, 20);
    private Initiative _initiative;
    private Verdict _verdict = Verdict.Continue;
    private List<string> _reasons = ["All metrics on target"];
    private List<StopCondition> _stops = [];
    private ControlResult _stopAuthority = new(true, "Stop authority named");
    private ControlResult _rollback = new(true, "Rollback drilled on 2026-10-01");
    private SpendSummary _spend = new(500m, 1000m, 0.5, 750m, false, 0m, false, null);
    private NextDecision _next = new(DecisionType.Continue, new DateOnly(2026, 12, 1), ["cto@example.com"]);
    private List<string> _flags = [];

    public StatusReviewBuilder(string id, string? owner)
    {
        _initiative = new Initiative
        {
            Id = id, Name = "Initiative " + id, Owner = owner, Stage = Stage.Pilot, MonthlyBudgetCap = 1000m,
        };
    }

    public StatusReviewBuilder Named(string name) { _initiative = _initiative with { Name = name }; return this; }
    public StatusReviewBuilder WithVerdict(Verdict verdict, string reason) { _verdict = verdict; _reasons = [reason]; return this; }
    public StatusReviewBuilder WithStop(string message) { _stops.Add(new(StopConditionKind.InvisibleFailure, message)); return this; }
    public StatusReviewBuilder WithFailingRollback(string message) { _rollback = new(false, message); return this; }
    public StatusReviewBuilder WithFlag(string flag) { _flags.Add(flag); return this; }
    public StatusReviewBuilder WithSpend(SpendSummary spend) { _spend = spend; return this; }
    public StatusReviewBuilder WithNext(NextDecision next) { _next = next; return this; }

    public InitiativeReview Build() => new()
    {
        Initiative = _initiative,
        RiskLevel = RiskLevel.Medium,
        RiskLevelClassified = false,
        Verdict = _verdict,
        Reasons = _reasons,
        StopConditions = _stops,
        Controls = new ExpandControls(_stopAuthority, new(true, "Full cost visible"), _rollback),
        Layers = new LayerRatings(Rag.Green, Rag.Green, Rag.Green, Rag.Green, Rag.Green),
        Spend = _spend,
        Metrics = [],
        NextDecision = _next,
        Flags = _flags,
    };

    public static PortfolioReview Portfolio(params InitiativeReview[] reviews) => new(
        AsOf, "EUR", new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero), reviews,
        new PortfolioTotals(
            reviews.Sum(r => r.Spend.MonthToDate), reviews.Sum(r => r.Spend.Cap),
            Enum.GetValues<Verdict>().ToDictionary(v => v, v => reviews.Count(r => r.Verdict == v)), []));
}
