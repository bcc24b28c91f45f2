using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Samples;

/// <summary>The sample's Agents rows.</summary>
public static class SampleAgents
{
    /// <summary>The agents of one sample initiative (none for most).</summary>
    public static IEnumerable<Agent> For(SamplePlanItem item, int existing)
    {
        var owner = SamplePeople.Owner(item.Index);
        var killSwitch = SamplePeople.OpsLead;
        Agent Make(string name, AgentAutonomy autonomy, IEnumerable<WorkAction> permissions, IEnumerable<DataCategory> data) => new()
        {
            Id = $"AG-{existing + 1:D3}", InitiativeId = item.Id, Name = name, Owner = owner, KillSwitchOwner = killSwitch,
            Vendor = "Microsoft", Model = "gpt-4o", PromptVersion = "v3", Autonomy = autonomy,
            Permissions = permissions.ToHashSet(), DataAccess = data.ToHashSet(), HumanApproval = true,
            ExpectedBehavior = "Drafts for a person to approve; never acts outside its permissions",
            RollbackPath = "Disable the agent's connector and revert to the fallback process",
            Status = AgentStatus.Production, LastReviewed = SamplePortfolioGenerator.AsOf.AddDays(-14),
        };

        switch (item.Scenario)
        {
            case SampleScenario.Expand:
                yield return Make("Cloud mask assistant", AgentAutonomy.Assistant, [WorkAction.Summarize, WorkAction.Recommend], [DataCategory.Internal]);
                break;
            case SampleScenario.Continue:
                yield return Make("Analysis helper", AgentAutonomy.Assistant, [WorkAction.Summarize], [DataCategory.Internal]);
                break;
            case SampleScenario.PauseUncontrolledAgents:
                yield return Make("Caller triage coordinator", AgentAutonomy.Coordinator, [WorkAction.Recommend, WorkAction.SendExternally],
                    [DataCategory.CustomerPersonal]) with { HumanApproval = false };
                yield return Make("Reply drafter", AgentAutonomy.Operator, [WorkAction.Draft], [DataCategory.CustomerPersonal])
                    with { Id = $"AG-{existing + 2:D3}", KillSwitchOwner = null, Status = AgentStatus.Pilot };
                break;
            case SampleScenario.ExpandApprovedHighRisk:
                yield return Make("Access review operator", AgentAutonomy.Operator, [WorkAction.Recommend, WorkAction.ChangePermissions],
                    [DataCategory.Credentials]);
                break;
            case SampleScenario.PauseUnapprovedChange:
                yield return Make("Ticket router", AgentAutonomy.Operator, [WorkAction.UpdateRecords, WorkAction.ChangePermissions],
                    [DataCategory.Internal]);
                break;
            case SampleScenario.PauseReviewSlowerThanDraft:
                yield return Make("Consumer chat copilot", AgentAutonomy.DomainCopilot, [WorkAction.Draft, WorkAction.SendExternally],
                    [DataCategory.Internal]);
                break;
            case SampleScenario.Retired:
                yield return Make("Forecast bot", AgentAutonomy.Assistant, [WorkAction.Recommend], [DataCategory.Internal])
                    with { RollbackPath = null, Status = AgentStatus.Retired };
                break;
        }
    }
}
