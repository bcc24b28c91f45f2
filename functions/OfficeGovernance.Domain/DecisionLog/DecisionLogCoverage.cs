using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// Holds a workbook to the decision log it was written from (docs/rules.md#decision-log): a workbook whose DecisionLog table
/// lists decisions that the log lacks or holds differently (a copied or renamed workbook without its log, a wrong <c>--decision-log</c>)
/// must be refused, never judged as if those decisions had not been made. Pure.
/// </summary>
public static class DecisionLogCoverage
{
    /// <summary>
    /// One problem per DecisionLog table row whose DecisionId is not in <paramref name="entries"/>, or is there with
    /// another sequence or hash than the row records (docs/rules.md#decision-log: the log's end is anchored in the workbook;
    /// since each hash commits to every entry before it, a rewritten or shortened log differs at its first changed
    /// entry); empty when all match. Entries after the table's last row (decisions since the last write) are fine.
    /// </summary>
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
        var check = new DecisionLogCopyCheck(tableRows, logLocation);
        foreach (var entry in entries)
        {
            check.Observe(entry);
        }
        return check.Problems();
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
