using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.AgentSync;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.AgentSync;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// <see cref="IWorkbookPackage"/> over the Open XML SDK: the readers and writers <see cref="PortfolioWorkbookFile"/>
/// uses for a local file, here for bytes from any <see cref="IWorkbookSource"/>.
/// </summary>
public sealed class OpenXmlWorkbookPackage : IWorkbookPackage
{
    /// <inheritdoc />
    public PortfolioWorkbook Parse(byte[] bytes, string label) => PortfolioWorkbookFile.Parse(bytes, label);

    /// <inheritdoc />
    public PortfolioSettings ParseSettings(byte[] bytes, string label) => PortfolioWorkbookFile.ParseSettings(bytes, label);

    /// <inheritdoc />
    public IReadOnlyList<DecisionLogTableRow> ParseDecisionLogTable(byte[] bytes, string label) =>
        PortfolioWorkbookFile.ParseDecisionLogTable(bytes, label);

    /// <inheritdoc />
    public byte[] StampWorkbookId(byte[] bytes, Guid workbookId, string label) => new WorkbookIdStamp().Write(bytes, workbookId, label);

    /// <inheritdoc />
    public byte[] ReplaceTables(byte[] bytes, IReadOnlyList<OutputTable> tables, string label) =>
        new WorkbookTableWriter().ReplaceTables(bytes, tables, label);

    /// <inheritdoc />
    public byte[] ApplyAgentSync(byte[] bytes, AgentSyncPlan plan, string label) => new AgentsTableUpdater().Apply(bytes, plan, label);

    /// <inheritdoc />
    public IReadOnlyList<TableData> ReadTables(byte[] bytes, IReadOnlyCollection<string> tableNames, string label)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new WorkbookTableReader().Read(stream, tableNames, label);
    }

    /// <inheritdoc />
    public byte[] ReplaceRows(byte[] bytes, OutputTable table, IReadOnlyList<int> replacedRows, string label) =>
        new WorkbookTableRowReplacer().Replace(bytes, table, replacedRows, label);

    /// <inheritdoc />
    public byte[] AppendRows(byte[] bytes, OutputTable table, string label) => new WorkbookTableAppender().Append(bytes, table, label);

    /// <inheritdoc />
    public byte[] Create(IReadOnlyList<OutputTable> tables)
    {
        using var stream = new MemoryStream();
        new WorkbookTableWriter().Create(stream, tables);
        return stream.ToArray();
    }
}
