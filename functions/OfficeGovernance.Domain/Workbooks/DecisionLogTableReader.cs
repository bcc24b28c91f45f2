using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads the DecisionIds of a workbook's DecisionLog table, the read-only copy the system writes (PRODUCT.md
/// sections 1 and 3), so the review can hold the workbook to its log. Blank ids (Excel keeps one blank row in an
/// empty table) are skipped; a table without a DecisionId column is refused unless it holds no values at all.
/// </summary>
internal static class DecisionLogTableReader
{
    private const string Column = "DecisionId";

    /// <summary>The table's rows with a DecisionId; none when the workbook has no DecisionLog table.</summary>
    public static IReadOnlyList<DecisionLogTableRow> Read(TableData? table, List<ValidationProblem> problems)
    {
        if (table is null)
        {
            return [];
        }
        var column = -1;
        for (var i = 0; i < table.Headers.Count && column < 0; i++)
        {
            column = string.Equals(table.Headers[i]?.Trim(), Column, StringComparison.OrdinalIgnoreCase) ? i : -1;
        }
        if (column < 0 && table.Rows.Any(r => r.Cells.Any(c => !c.IsEmpty)))
        {
            problems.Add(new(SystemTables.DecisionLogName, Column, null, null,
                "the DecisionLog table has no DecisionId column, so the workbook cannot be checked against its decision log; "
                + "delete the DecisionLog sheet and let review --write rebuild it"));
            return [];
        }
        if (column < 0)
        {
            return [];
        }
        var rows = new List<DecisionLogTableRow>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cell = table.Rows[i][column];
            var id = cell.Kind switch
            {
                CellKind.Text => cell.Text?.Trim(),
                CellKind.Empty => null,
                _ => cell.ToString().Trim(),
            };
            if (!string.IsNullOrEmpty(id))
            {
                rows.Add(new DecisionLogTableRow(id, i + 1, table.Address(table.Rows[i].SheetRow, column)));
            }
        }
        return rows;
    }
}
