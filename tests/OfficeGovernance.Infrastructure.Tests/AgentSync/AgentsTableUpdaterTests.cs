using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeGovernance.Domain.AgentSync;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.AgentSync;
using OfficeGovernance.Infrastructure.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.AgentSync;

public sealed class AgentsTableUpdaterTests
{
    private readonly AgentsTableUpdater _updater = new();

    // An Agents table typed by hand: the user's own column "Notes", no EntraObjectId or Status column yet.
    private static byte[] Workbook(bool withAgents = true)
    {
        var agents = new OutputTable("Agents", "Agents",
            [new OutputColumn("AgentId"), new OutputColumn("Notes"), new OutputColumn("InitiativeId"), new OutputColumn("Name"),
             new OutputColumn("Owner"), new OutputColumn("Model")],
            [[CellValue.FromText("A-1"), CellValue.FromText("keep me"), CellValue.FromText("I-1"), CellValue.FromText("Drafter"),
              CellValue.Empty, CellValue.FromText("gpt-x")]]);
        var other = new OutputTable("Other", "Other", [new OutputColumn("X")], [[CellValue.FromNumber(1)]]);
        using var output = new MemoryStream();
        new WorkbookTableWriter().Create(output, withAgents ? [agents, other] : [other]);
        return output.ToArray();
    }

    private static AgentSyncPlan Plan(IReadOnlyList<AgentCellChange> changes, params Agent[] added) =>
        new(added, changes, [], [], 0);

    private static Agent Added(string id) => new()
    {
        Id = id, Name = "Shadow " + id, Owner = "ann@example.org", Status = AgentStatus.Pilot, EntraObjectId = "obj-" + id,
    };

    private static TableData Read(byte[] bytes, string table) =>
        new WorkbookTableReader().Read(new MemoryStream(bytes), [table], "t.xlsx").Single();

    private static string? Cell(TableData table, int row, string header) =>
        table.Rows[row][table.Headers.ToList().IndexOf(header)].Text;

    [Fact]
    public void Apply_ChangesAndAddedRows_SetExactlyThoseCellsAndAddTheMissingColumns()
    {
        var plan = Plan([new AgentCellChange(1, "A-1", "Owner", null, "ann@example.org"), new AgentCellChange(1, "A-1", "Status", null, "Paused")],
            Added("ENTRA-1"));

        var updated = _updater.Apply(Workbook(), plan, "t.xlsx");

        var agents = Read(updated, "Agents");
        Assert.Equal(["AgentId", "Notes", "InitiativeId", "Name", "Owner", "Model", "Status", "KillSwitchOwner", "EntraObjectId"], agents.Headers);
        Assert.Equal(("keep me", "ann@example.org", "gpt-x", "Paused"), (Cell(agents, 0, "Notes"), Cell(agents, 0, "Owner"), Cell(agents, 0, "Model"), Cell(agents, 0, "Status")));
        Assert.Equal(("ENTRA-1", null, null, "Pilot", "obj-ENTRA-1"),
            (Cell(agents, 1, "AgentId"), Cell(agents, 1, "InitiativeId"), Cell(agents, 1, "Notes"), Cell(agents, 1, "Status"), Cell(agents, 1, "EntraObjectId")));
        Assert.Equal([1d], Read(updated, "Other").Rows.Select(r => r[0].Number));
        using var document = SpreadsheetDocument.Open(new MemoryStream(updated), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Apply_NothingToChange_ReturnsTheSameBytes()
    {
        var workbook = Workbook();

        Assert.Same(workbook, _updater.Apply(workbook, Plan([]), "t.xlsx"));
    }

    [Fact]
    public void Apply_WorkbookWithoutAgentsTable_CreatesOneWithTheAddedRows()
    {
        var updated = _updater.Apply(Workbook(withAgents: false), Plan([], Added("ENTRA-1"), Added("ENTRA-2")), "t.xlsx");

        var agents = Read(updated, "Agents");
        Assert.Equal(["ENTRA-1", "ENTRA-2"], agents.Rows.Select(r => r[0].Text));
        Assert.Equal("obj-ENTRA-2", Cell(agents, 1, "EntraObjectId"));
        Assert.Equal([1d], Read(updated, "Other").Rows.Select(r => r[0].Number));
    }
}
