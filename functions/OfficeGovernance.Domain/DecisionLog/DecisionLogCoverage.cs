using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// Holds a workbook to the decision log it was written from (PRODUCT.md section 3): a workbook whose DecisionLog table
/// lists decisions that the log lacks (a copied or renamed workbook without its log, a wrong <c>--decision-log</c>)
/// must be refused, never judged as if those decisions had not been made. Pure.
/// </summary>
public static class DecisionLogCoverage
{
    /// <summary>One problem per DecisionLog table row whose DecisionId is not in <paramref name="entries"/>; empty when all are.</summary>
    /// <param name="tableRows">The workbook's DecisionLog table rows (none when the workbook has no such table).</param>
    /// <param name="entries">The decision log's entries.</param>
    /// <param name="logLocation">Where the log was read, such as a file path or a Table Storage partition, quoted in the problems.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ValidationProblem> Missing(
        IReadOnlyList<DecisionLogTableRow> tableRows, IReadOnlyList<DecisionEntry> entries, string logLocation)
    {
        ArgumentNullException.ThrowIfNull(tableRows);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(logLocation);
        if (tableRows.Count == 0)
        {
            return [];
        }
        var logged = entries.Select(e => e.Decision.DecisionId.Trim()).ToHashSet(StringComparer.Ordinal);
        return tableRows
            .Where(row => !logged.Contains(row.DecisionId))
            .Select(row => new ValidationProblem(SystemTables.DecisionLogName, "DecisionId", row.Row, row.Cell,
                $"decision {row.DecisionId} is in the workbook's DecisionLog table but not in the decision log {logLocation} "
                + $"({entries.Count} entries); was the workbook copied or renamed without its log, or is --decision-log wrong?"))
            .ToArray();
    }

    /// <summary>Throws when the DecisionLog table lists decisions the log lacks.</summary>
    /// <exception cref="WorkbookValidationException">Every missing decision, with its row and cell and the log's location.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Check(IReadOnlyList<DecisionLogTableRow> tableRows, IReadOnlyList<DecisionEntry> entries, string logLocation)
    {
        var missing = Missing(tableRows, entries, logLocation);
        if (missing.Count > 0)
        {
            throw new WorkbookValidationException(missing);
        }
    }
}
