using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.AgentSync;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// <see cref="IWorkbookPackage"/> over the Open XML SDK, for bytes from any <see cref="IWorkbookSource"/>: the readers
/// of <see cref="PortfolioWorkbookFile"/>, and the writers (<see cref="WorkbookSheetReplacer"/>,
/// <see cref="WorkbookTableAppender"/>, <see cref="WorkbookTableRowReplacer"/>, <see cref="AgentsTableUpdater"/>,
/// <see cref="WorkbookIdStamp"/>) run on one open package by <see cref="Apply"/>.
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
    public IReadOnlyList<TableData> ReadTables(byte[] bytes, IReadOnlyCollection<string> tableNames, string label)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new WorkbookTableReader().Read(stream, tableNames, label);
    }

    /// <inheritdoc />
    public byte[] Apply(byte[] bytes, IReadOnlyList<WorkbookEdit> edits, string label)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(edits);
        if (edits.Count == 0)
        {
            return bytes;
        }
        // The program's own table names are checked before the package is opened: a bad one is a bug, not the file's.
        foreach (var replace in edits.OfType<ReplaceTablesEdit>())
        {
            OutputTableRules.Check(replace.Tables);
        }
        XlsxFileGuard.Default.Check(bytes, label);
        using var memory = new MemoryStream();
        memory.Write(bytes);
        try
        {
            // AutoSave off: every edit saves the parts it changes; the rest keep their bytes.
            using var document = UnreadableWorkbook.Open(memory, true, label);
            var workbookPart = UnreadableWorkbook.WorkbookPartOf(document);
            foreach (var edit in edits)
            {
                ApplyOne(workbookPart, edit);
            }
        }
        catch (Exception exception) when (UnreadableWorkbook.Is(exception))
        {
            throw UnreadableWorkbook.Problem(label, exception);
        }
        return memory.ToArray();
    }

    /// <inheritdoc />
    public byte[] Create(IReadOnlyList<OutputTable> tables)
    {
        using var stream = new MemoryStream();
        new WorkbookTableWriter().Create(stream, tables);
        return stream.ToArray();
    }

    private static void ApplyOne(DocumentFormat.OpenXml.Packaging.WorkbookPart workbookPart, WorkbookEdit edit)
    {
        switch (edit)
        {
            case ReplaceTablesEdit replace:
                WorkbookSheetReplacer.Apply(workbookPart, replace.Tables);
                break;
            case AppendRowsEdit append:
                WorkbookTableAppender.AppendTo(workbookPart, append.Table);
                break;
            case ReplaceRowsEdit rows:
                WorkbookTableRowReplacer.ReplaceIn(workbookPart, rows.Table, rows.ReplacedRows);
                break;
            case AgentSyncEdit sync:
                AgentsTableUpdater.ApplyTo(workbookPart, sync.Plan);
                break;
            case WorkbookIdEdit id:
                WorkbookIdStamp.StampIn(workbookPart, id.WorkbookId);
                break;
            default:
                throw new ArgumentException($"{edit.GetType().Name} is not an edit this package knows.", nameof(edit));
        }
    }
}
