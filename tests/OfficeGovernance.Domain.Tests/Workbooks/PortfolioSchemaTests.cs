using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class PortfolioSchemaTests
{
    [Fact]
    public void InputTableNames_Always_AreTheSevenInputTables()
    {
        Assert.Equal(["Settings", "Initiatives", "Agents", "Metrics", "Observations", "Spend", "DecisionRights"],
            PortfolioSchema.InputTableNames);
        Assert.DoesNotContain("Review", PortfolioSchema.InputTableNames);
    }

    [Theory]
    [InlineData("Initiatives", "InitiativeId,Name,Stage,MonthlyBudgetCap")]
    [InlineData("Agents", "AgentId,Name")]
    [InlineData("Metrics", "InitiativeId,Metric,Direction,Baseline,SuccessAt,StopAt")]
    [InlineData("Observations", "InitiativeId,Metric,PeriodEnd,Value")]
    [InlineData("Spend", "InitiativeId,Date,Category")]
    [InlineData("DecisionRights", "DecisionType,Approver")]
    public void Tables_RequiredColumns_MatchTheProductContract(string table, string required)
    {
        var schema = PortfolioSchema.Tables.Single(t => t.Name == table);

        Assert.Equal(required.Split(','), schema.Columns.Where(c => c.Required).Select(c => c.Name));
    }

    [Fact]
    public void Tables_RequiredFlags_OnlySettingsAndAgentsOptional()
    {
        Assert.Equal(["Settings", "Agents"], PortfolioSchema.Tables.Where(t => !t.Required).Select(t => t.Name));
    }

    [Fact]
    public void Agents_HumanApproval_IsYesNoAndOwnersKeepInvalidEmails()
    {
        var agents = PortfolioSchema.Agents;

        Assert.Equal(ColumnType.YesNo, agents.Columns[agents.IndexOf("HumanApproval")].Type);
        Assert.True(agents.Columns[agents.IndexOf("KillSwitchOwner")].KeepsInvalidEmail);
        Assert.False(PortfolioSchema.Initiatives.Columns[PortfolioSchema.Initiatives.IndexOf("StopAuthority")].KeepsInvalidEmail);
    }

    [Fact]
    public void IndexOf_UnknownColumn_Throws()
    {
        Assert.Throws<ArgumentException>(() => PortfolioSchema.Spend.IndexOf("Price"));
    }
}
