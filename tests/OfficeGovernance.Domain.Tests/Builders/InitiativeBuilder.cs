using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Builders;

/// <summary>Builds an Initiatives row that passes every rule by default: owned, Low risk, controlled, capped.</summary>
public sealed class InitiativeBuilder
{
    private Initiative _initiative;

    public InitiativeBuilder(string id = "I1")
    {
        _initiative = new Initiative
        {
            Id = id,
            Name = $"Initiative {id}",
            Workflow = "Support replies",
            Owner = "owner@example.com",
            StopAuthority = "cto@example.com",
            Stage = Stage.Pilot,
            DataTouched = new HashSet<DataCategory> { DataCategory.Internal },
            Actions = new HashSet<WorkAction> { WorkAction.Draft },
            Audience = Audience.Internal,
            HumanCheckpoint = HumanCheckpoint.ApproveEachOutput,
            FailureVisibility = FailureVisibility.Monitored,
            RiskLevel = RiskLevel.Low,
            MonthlyBudgetCap = 1000m,
            SuccessMetric = "Replies sent without edits",
            RollbackPlan = "Turn the drafting off",
            FallbackProcess = "Agents write replies by hand",
            FallbackOwner = "lead@example.com",
            LastRollbackDrill = ReviewDates.RecentDrill,
        };
    }

    public InitiativeBuilder With(Func<Initiative, Initiative> change)
    {
        _initiative = change(_initiative);
        return this;
    }

    public InitiativeBuilder AtStage(Stage stage) => With(i => i with { Stage = stage });
    public InitiativeBuilder WithStatus(InitiativeStatus status) => With(i => i with { Status = status });
    public InitiativeBuilder Owner(string? owner) => With(i => i with { Owner = owner });
    public InitiativeBuilder Risk(RiskLevel? level) => With(i => i with { RiskLevel = level });
    public InitiativeBuilder Cap(decimal cap) => With(i => i with { MonthlyBudgetCap = cap });
    public InitiativeBuilder Checkpoint(HumanCheckpoint? checkpoint) => With(i => i with { HumanCheckpoint = checkpoint });
    public InitiativeBuilder Drill(DateOnly? date) => With(i => i with { LastRollbackDrill = date });

    public InitiativeBuilder Data(params DataCategory[] data) =>
        With(i => i with { DataTouched = data.ToHashSet() });

    public InitiativeBuilder Actions(params WorkAction[] actions) =>
        With(i => i with { Actions = actions.ToHashSet() });

    public InitiativeBuilder Overage(string? approver, decimal? limit) =>
        With(i => i with { OverageApprover = approver, OverageLimit = limit });

    public Initiative Build() => _initiative;
}
