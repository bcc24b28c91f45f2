using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class AgentsOutsidePortfolioTests
{
    private static AgentBuilder Outside(string id, AgentStatus status = AgentStatus.Pilot) =>
        new AgentBuilder(id).With(a => a with { InitiativeId = null, EntraObjectId = "obj-" + id, Status = status });

    [Fact]
    public void Review_AgentWithoutInitiative_ListedOutsideThePortfolioNotUnderAnInitiative()
    {
        var review = PortfolioBuilder.Healthy().WithAgent(Outside("SHADOW")).Review();

        var outside = Assert.Single(review.Portfolio.AgentsOutsidePortfolio);
        Assert.Equal("SHADOW", outside.Agent.Id);
        Assert.Null(outside.StopCondition);
        Assert.DoesNotContain(review.Initiatives.Single().StopConditions, s => s.Message.Contains("SHADOW", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_OutsideAgentWithoutOwner_KeepsItsStopCondition()
    {
        var review = PortfolioBuilder.Healthy().WithAgent(Outside("SHADOW").With(a => a with { Owner = null })).Review();

        var stop = Assert.Single(review.Portfolio.AgentsOutsidePortfolio).StopCondition;
        Assert.Equal(StopConditionKind.AgentUncontrolled, stop!.Kind);
        Assert.Contains("no owner", stop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_RetiredOutsideAgentWithoutOwner_ListedWithoutStopCondition()
    {
        var review = PortfolioBuilder.Healthy().WithAgent(Outside("OLD", AgentStatus.Retired).With(a => a with { Owner = null })).Review();

        Assert.Null(Assert.Single(review.Portfolio.AgentsOutsidePortfolio).StopCondition);
    }
}
