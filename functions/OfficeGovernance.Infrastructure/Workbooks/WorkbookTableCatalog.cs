using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>A table definition found in a workbook, located by sheet.</summary>
/// <param name="Name">The table's display name (the name users see and formulas use).</param>
/// <param name="SheetName">The sheet's name.</param>
/// <param name="Part">The worksheet part holding the table.</param>
/// <param name="TablePart">The table definition part.</param>
/// <param name="Definition">The table definition.</param>
internal sealed record WorkbookTable(
    string Name, string SheetName, WorksheetPart Part, TableDefinitionPart TablePart, Table Definition)
{
    /// <summary>An empty grid for the table's cells, or null with a problem naming the table when its range is unusable.</summary>
    public TableGrid? ToGrid(List<ValidationProblem> problems)
    {
        if (CellRange.ParseTableRange(Definition.Reference?.Value, out var problem) is not { } range)
        {
            problems.Add(new ValidationProblem(Name, null, null, null, problem!));
            return null;
        }
        var columns = Definition.TableColumns?.Elements<TableColumn>().Select(c => c.Name?.Value ?? string.Empty).ToList() ?? [];
        var hasHeader = Definition.HeaderRowCount?.Value != 0;
        var totals = (int)(Definition.TotalsRowCount?.Value ?? 0);
        return new TableGrid(Name, SheetName, range, hasHeader, totals, columns);
    }
}

/// <summary>Lists the tables of a workbook. Table definitions are small, so they are read as DOM.</summary>
internal static class WorkbookTableCatalog
{
    /// <summary>Every table on every worksheet, in sheet order.</summary>
    public static IEnumerable<WorkbookTable> Find(WorkbookPart workbookPart)
    {
        var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [];
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || !workbookPart.TryGetPartById(id, out var found) || found is not WorksheetPart part)
            {
                continue;
            }
            foreach (var tablePart in part.TableDefinitionParts)
            {
                var table = tablePart.Table;
                var name = table?.DisplayName?.Value ?? table?.Name?.Value;
                if (table is not null && name is not null)
                {
                    yield return new WorkbookTable(name, sheet.Name?.Value ?? string.Empty, part, tablePart, table);
                }
            }
        }
    }
}
