using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

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
}
