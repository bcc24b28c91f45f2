using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads the DecisionIds (with Sequence and Hash when the columns exist) of a workbook's DecisionLog table, the
/// read-only copy the system writes (docs/rules.md#decision-log), so the review can hold the workbook to its log.
/// Blank ids (Excel keeps one blank row in an
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
        var sequenceColumn = ColumnOf(table, "Sequence");
        var hashColumn = ColumnOf(table, "Hash");
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
                rows.Add(new DecisionLogTableRow(id, i + 1, table.Address(table.Rows[i].SheetRow, column),
                    SequenceOf(table, i, sequenceColumn), TextOf(table, i, hashColumn)));
            }
        }
        return rows;
    }

    private static int ColumnOf(TableData table, string name)
    {
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (string.Equals(table.Headers[i]?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private static string? TextOf(TableData table, int row, int column)
    {
        if (column < 0)
        {
            return null;
        }
        var cell = table.Rows[row][column];
        var text = cell.Kind switch
        {
            CellKind.Text => cell.Text?.Trim(),
            CellKind.Empty => null,
            _ => cell.ToString().Trim(),
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    // A sequence the workbook shows as a number or as text; anything else is kept as "not known" (null), and the
    // hash, which commits to the whole chain before it, still anchors the row.
    private static long? SequenceOf(TableData table, int row, int column) =>
        long.TryParse(TextOf(table, row, column), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
}
