using OfficeGovernance.Domain.Tests.Builders;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class PortfolioParserAgentSyncTests
{
    private static TableDataBuilder Agents(params object?[] row) => TableDataBuilder.Table("Agents")
        .WithHeaders("AgentId", "InitiativeId", "Name", "Owner", "EntraObjectId")
        .WithRow("A-1", "I-1", "Drafter", "ana@example.com", null)
        .WithRow(row);

    [Fact]
    public void Parse_BlankInitiativeIdWithEntraObjectId_ReadsAnAgentOutsideThePortfolio()
    {
        var workbook = PortfolioSample.Parse(Agents("ENTRA-1", null, "Shadow bot", null, "obj-1"));

        var agent = workbook.Agents[1];
        Assert.Null(agent.InitiativeId);
        Assert.Equal("obj-1", agent.EntraObjectId);
    }

    [Fact]
    public void Parse_BlankInitiativeIdWithoutEntraObjectId_IsRefusedNamingTheCell()
    {
        var problem = PortfolioSample.Problem(PortfolioSample.With(Agents("A-2", null, "Typed", null, null)));

        Assert.Equal("Agents[InitiativeId] row 2 (Agents!B3): InitiativeId is required; it may be blank only on a row " +
                     "sync-agents added (one with an EntraObjectId)", problem);
    }

    [Fact]
    public void Parse_DuplicateEntraObjectIdInOtherCase_ReportsLaterRow()
    {
        var agents = Agents("ENTRA-1", null, "Shadow bot", null, "OBJ-1").WithRow("ENTRA-2", null, "Again", null, "obj-1");

        Assert.Equal("Agents[EntraObjectId] row 3 (Agents!E4): duplicate EntraObjectId 'obj-1' (first at row 2): one agent identity is one row",
            PortfolioSample.Problem(PortfolioSample.With(agents)));
    }
}
