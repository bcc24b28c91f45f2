namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The file log ends in an incomplete line (a write cut off by a crash or power loss): a broken chain at that line
/// (docs/rules.md#idempotent-writes). Verify reports it (exit 3, 409 over HTTP), appends are refused with nothing written, and
/// <c>decisions repair</c> removes the line after printing it.
/// </summary>
/// <param name="lineNumber">The incomplete line's 1-based number.</param>
/// <param name="entriesBefore">How many complete entries precede it.</param>
public sealed class DecisionLogTornException(long lineNumber, int entriesBefore)
    : DecisionLogCorruptException(
        $"Line {lineNumber} of the decision log is incomplete (a write was cut off): the chain is broken there, after " +
        $"{entriesBefore} complete entries. Nothing was written; 'decisions repair --workbook W' removes only that line, " +
        "after printing it.")
{
    /// <summary>The incomplete line's 1-based number.</summary>
    public long LineNumber { get; } = lineNumber;

    /// <summary>How many complete entries precede it.</summary>
    public int EntriesBefore { get; } = entriesBefore;
}
