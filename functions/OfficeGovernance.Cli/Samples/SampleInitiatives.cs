using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Samples;

/// <summary>Builds the sample's Initiatives rows: a well-governed base, then the scenario's one departure from it.</summary>
public static class SampleInitiatives
{
    private static readonly Objective[] Objectives =
        [Objective.ServiceEfficiency, Objective.EmployeeProductivity, Objective.RiskReduction, Objective.Growth];

    /// <summary>A row with every control in place, monthly cap 1.5 x the run rate (USD).</summary>
    public static Initiative Base(SamplePlanItem item, decimal runRate, DateOnly asOf)
    {
        var u = item.UseCase;
        return new Initiative
        {
            Id = item.Id,
            Name = u.UseCaseName,
            Workflow = u.TopicArea,
            Department = $"{u.Agency} {u.Bureau}",
            Objective = Objectives[item.Index % Objectives.Length],
            Owner = SamplePeople.Owner(item.Index),
            StopAuthority = SamplePeople.Owner(item.Index + 2),
            Stage = u.PortfolioStage == Stage.ScaledRollout && item.Index % 2 == 0 ? Stage.EnterpriseOperations : u.PortfolioStage,
            DataTouched = new HashSet<DataCategory> { DataCategory.Internal },
            Actions = new HashSet<WorkAction> { WorkAction.Summarize, WorkAction.Draft },
            Audience = Audience.Internal,
            HumanCheckpoint = HumanCheckpoint.ApproveEachOutput,
            FailureVisibility = FailureVisibility.Monitored,
            RiskLevel = RiskLevel.Low,
            MonthlyBudgetCap = Math.Round(runRate * 1.5m / 100m) * 100m,
            OverageApprover = SamplePeople.FinancePartner,
            OverageLimit = Math.Round(runRate * 0.05m / 100m) * 100m,
            SuccessMetric = $"Draft acceptance of 80% with handle time at 14 minutes ({u.Agency})",
            RollbackPlan = "Switch the assistant off in the tenant; drafts revert to the manual template",
            FallbackProcess = "Manual drafting by the duty team from the standard template",
            FallbackOwner = SamplePeople.Fallback(item.Index),
            LastRollbackDrill = asOf.AddDays(-(20 + item.Index)),
            LaunchDate = u.PortfolioStage == Stage.Idea ? null : asOf.AddDays(-(120 + 10 * item.Index)),
            NextReviewDate = asOf.AddDays(7),
            DecisionDueDate = asOf.AddDays(14),
        };
    }

    /// <summary>The scenario's departure from the base row.</summary>
    public static Initiative Adjust(Initiative i, SampleScenario scenario, decimal runRate, DateOnly asOf) => scenario switch
    {
        SampleScenario.ExpandApprovedHighRisk => i with
        {
            Actions = new HashSet<WorkAction> { WorkAction.Recommend, WorkAction.ChangePermissions },
            DataTouched = new HashSet<DataCategory> { DataCategory.Internal, DataCategory.Credentials },
            HumanCheckpoint = HumanCheckpoint.TwoPersonApproval, RiskLevel = RiskLevel.High,
        },
        SampleScenario.ExpandWithApprovedOverage => i with { RiskLevel = RiskLevel.Medium, Audience = Audience.Public, Actions = new HashSet<WorkAction> { WorkAction.Summarize } },
        SampleScenario.IdeaNoControls => i with { StopAuthority = null, RollbackPlan = null, LastRollbackDrill = null },
        SampleScenario.IdeaNoMetrics => i with { SuccessMetric = null, DataTouched = new HashSet<DataCategory> { DataCategory.Financial }, RiskLevel = null },
        SampleScenario.FixNoStopAuthority => i with { StopAuthority = null },
        SampleScenario.FixSmallScorecardStaleDrill => i with { LastRollbackDrill = asOf.AddDays(-134) },
        SampleScenario.PauseCustomerData => i with
        {
            DataTouched = new HashSet<DataCategory> { DataCategory.CustomerPersonal },
            HumanCheckpoint = HumanCheckpoint.SpotCheck, Audience = Audience.Public, RiskLevel = null,
        },
        SampleScenario.PauseUncontrolledAgents => i with
        {
            Audience = Audience.CustomerFacing, Actions = new HashSet<WorkAction> { WorkAction.Draft, WorkAction.SendExternally },
            DataTouched = new HashSet<DataCategory> { DataCategory.CustomerPersonal }, RiskLevel = RiskLevel.High,
        },
        SampleScenario.PauseUnapprovedChange => i with
        {
            Actions = new HashSet<WorkAction> { WorkAction.UpdateRecords, WorkAction.ChangePermissions }, RiskLevel = null,
        },
        SampleScenario.PauseReviewSlowerThanDraft => i with { Audience = Audience.Public, RiskLevel = RiskLevel.Medium },
        SampleScenario.PauseInvisibleFailure => i with
        {
            FailureVisibility = FailureVisibility.Invisible, RiskLevel = RiskLevel.High,
            DataTouched = new HashSet<DataCategory> { DataCategory.Regulated },
        },
        // Imported as an inventory row that describes nothing: no owner, no measure and no description.
        SampleScenario.PauseNoOwner => i with
        {
            Owner = "ED staff", SuccessMetric = null, Workflow = null, RiskLevel = null,
            DataTouched = new HashSet<DataCategory>(), Actions = new HashSet<WorkAction>(), Audience = null,
        },
        SampleScenario.PauseOverCap => i with { DataTouched = new HashSet<DataCategory> { DataCategory.Financial }, RiskLevel = RiskLevel.Medium },
        SampleScenario.StopStatus => i with { Status = InitiativeStatus.Stopped },
        SampleScenario.PausedStatus => i with { Status = InitiativeStatus.Paused },
        SampleScenario.Retired => i with { Status = InitiativeStatus.Retired, MonthlyBudgetCap = 0m, OverageLimit = null },
        SampleScenario.ContinueForecastOverCap => i with { LastRollbackDrill = asOf.AddDays(-28) },
        _ => i,
    };
}
