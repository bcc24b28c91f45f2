using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Builders;

/// <summary>Builds an Agents row that is fully controlled by default (owner, kill switch, rollback path).</summary>
public sealed class AgentBuilder
{
    private Agent _agent;

    public AgentBuilder(string id = "A1", string initiativeId = "I1")
    {
        _agent = new Agent
        {
            Id = id,
            InitiativeId = initiativeId,
            Name = $"Agent {id}",
            Owner = "agent-owner@example.com",
            KillSwitchOwner = "ops@example.com",
            RollbackPath = "Disable the connector",
            Autonomy = AgentAutonomy.Assistant,
            Status = AgentStatus.Production,
        };
    }

    public AgentBuilder With(Func<Agent, Agent> change)
    {
        _agent = change(_agent);
        return this;
    }

    public AgentBuilder Permissions(params WorkAction[] actions) => With(a => a with { Permissions = actions.ToHashSet() });
    public AgentBuilder Status(AgentStatus? status) => With(a => a with { Status = status });

    public Agent Build() => _agent;
}
