using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// Repairs the DHS 2024 rows whose high-impact answers sit one column to the right (shared/data README): in those
/// rows the notice answer is repeated in its "If Other" column, and every value from there up to the first of the
/// two identical appeal-question headers is one column late. A row is shifted when the yes/no question "Is the AI
/// used to significantly influence ..." holds no yes/no answer while the column after it does; the values are moved
/// back one column and the repair is reported.
/// </summary>
internal static class DhsColumnShift
{
    /// <summary>The row with its values moved back, or the row itself when it is not shifted.</summary>
    public static InventorySourceRow Repair(InventoryColumns columns, InventorySourceRow row, List<InventoryIssue> issues)
    {
        var influence = columns[InventoryField.InfluencesDecisions];
        if (influence < 1)
        {
            return row;
        }
        var start = influence - 1;
        var end = DuplicatedHeader(columns, influence);
        if (end < 0 || !IsShifted(row, influence))
        {
            return row;
        }
        var cells = new InventoryCell[Math.Max(row.Cells.Length, end + 2)];
        Array.Fill(cells, InventoryCell.Empty);
        row.Cells.CopyTo(cells, 0);
        for (var column = start; column <= end; column++)
        {
            cells[column] = row[column + 1];
        }
        issues.Add(new InventoryIssue(
            row.SourceRow, columns.HeaderOf(start), row[start].Text, InventoryIssueAction.Repaired,
            $"the values from '{columns.HeaderOf(start)}' (column {start + 1}) to '{columns.HeaderOf(end)}' (column {end + 1}) " +
            "were one column to the right; moved back one column"));
        return row with { Cells = cells };
    }

    private static bool IsShifted(InventorySourceRow row, int influence)
    {
        InventoryAnswers.YesNo(row[influence].Text, out var recognised);
        var here = InventoryText.Clean(row[influence].Text) is not null && recognised;
        var next = InventoryAnswers.YesNo(row[influence + 1].Text, out var nextRecognised);
        return !here && nextRecognised && next != SurveyAnswer.Unknown;
    }

    // The shift is absorbed by the first of two adjacent identical headers (the appeal question, asked twice).
    private static int DuplicatedHeader(InventoryColumns columns, int from)
    {
        for (var column = from; column + 1 < columns.Keys.Count; column++)
        {
            if (columns.Keys[column].Length > 0 && columns.Keys[column] == columns.Keys[column + 1])
            {
                return column;
            }
        }
        return -1;
    }
}
