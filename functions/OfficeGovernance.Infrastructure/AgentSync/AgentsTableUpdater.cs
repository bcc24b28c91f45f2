using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using OfficeGovernance.Domain.AgentSync;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.AgentSync;

/// <summary>
/// Applies an <see cref="AgentSyncPlan"/> to the workbook's Agents table (docs/rules.md#agent-sync): changes
/// exactly the planned cells (Owner, KillSwitchOwner, Status) of existing rows, keeping each cell's style, and appends
/// the added rows below the table, matching columns by header whatever their order. A missing EntraObjectId (or
/// Status, Owner, KillSwitchOwner) column is added at the table's right edge; every other column, sheet, table and
/// style stays as it was. A workbook without an Agents table gets one on a sheet of its own. All in memory: the
/// caller saves the returned bytes in one write.
/// </summary>
/// <param name="guard">The file check run before parsing; <see cref="XlsxFileGuard.Default"/> when null.</param>
public sealed class AgentsTableUpdater(XlsxFileGuard? guard = null)
{
    private static readonly string[] AddedColumns = ["AgentId", "Name", "Owner", "KillSwitchOwner", "Status", "EntraObjectId"];

    private readonly XlsxFileGuard _guard = guard ?? XlsxFileGuard.Default;

    /// <summary>The workbook with the plan applied; the same bytes when the plan changes nothing.</summary>
    /// <param name="workbook">The .xlsx the plan was made from; not modified.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="fileLabel">The file name used in problems.</param>
    /// <exception cref="WorkbookValidationException">The file is not a readable .xlsx, or a cell the new rows or
    /// columns need is not empty; nothing is changed.</exception>
    public byte[] Apply(byte[] workbook, AgentSyncPlan plan, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.ChangesNothing)
        {
            return workbook;
        }
        _guard.Check(workbook, fileLabel);
        using var memory = new MemoryStream();
        memory.Write(workbook);
        try
        {
            using var document = UnreadableWorkbook.Open(memory, true, fileLabel);
            ApplyTo(UnreadableWorkbook.WorkbookPartOf(document), plan);
        }
        catch (Exception exception) when (UnreadableWorkbook.Is(exception))
        {
            throw UnreadableWorkbook.Problem(fileLabel, exception);
        }
        return memory.ToArray();
    }

    /// <summary>The same plan applied on an open, editable workbook part (one edit of <see cref="OpenXmlWorkbookPackage.Apply"/>).</summary>
    /// <exception cref="WorkbookValidationException">A cell the new rows or columns need is not empty.</exception>
    internal static void ApplyTo(WorkbookPart workbookPart, AgentSyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.ChangesNothing)
        {
            return;
        }
        var target = WorkbookTableCatalog.Find(workbookPart)
            .FirstOrDefault(t => string.Equals(t.Name, PortfolioSchema.Agents.Name, StringComparison.OrdinalIgnoreCase));
        if (target is null)
        {
            // No Agents table yet: nothing to change, every identity is added, on a sheet of its own.
            OutputTable[] table = [NewTable(plan.Added)];
            OutputTableRules.Check(table);
            WorkbookSheetReplacer.Apply(workbookPart, table);
            return;
        }
        Update(workbookPart, target, plan);
    }

    private static void Update(WorkbookPart workbookPart, WorkbookTable target, AgentSyncPlan plan)
    {
        var styles = WorkbookStyleCatalog.Open(workbookPart);
        var sheet = new TableSheetEditor(workbookPart, target);
        foreach (var change in plan.Changes)
        {
            sheet.SetValue(change.Row, sheet.ColumnFor(change.Column), CellValue.FromText(change.After), ColumnFormat.Text, styles);
        }
        if (plan.Added.Count > 0)
        {
            var table = AddedTable(plan.Added);
            var columns = table.Columns.Select(c => sheet.ColumnFor(c.Header)).ToArray();
            sheet.AppendRows(table.Rows.ToList(), columns, table.Columns, styles);
        }
        else
        {
            sheet.Save(styles);
        }
    }

    private static OutputTable AddedTable(IReadOnlyList<Agent> added) => new(
        PortfolioSchema.Agents.Name, PortfolioSchema.Agents.Name,
        AddedColumns.Select(c => new OutputColumn(c, ColumnFormat.Text)).ToArray(),
        added.Select(a => (IReadOnlyList<CellValue>)
        [
            CellValue.FromText(a.Id), CellValue.FromText(a.Name), CellValue.FromText(a.Owner),
            CellValue.FromText(a.KillSwitchOwner), CellValue.FromText(a.Status is { } s ? EnumLabels<AgentStatus>.Label(s) : null),
            CellValue.FromText(a.EntraObjectId),
        ]).ToList());

    private static OutputTable NewTable(IReadOnlyList<Agent> added) =>
        PortfolioTables.ToOutputTables(new PortfolioWorkbook { Agents = added })
            .Single(t => t.Name == PortfolioSchema.Agents.Name);
}
