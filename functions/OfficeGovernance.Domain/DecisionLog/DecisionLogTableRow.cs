namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// One row of a workbook's DecisionLog table, the read-only copy of the decision log the system writes
/// (docs/rules.md#decision-log). The DecisionId, Sequence and Hash are read: the log itself, not this copy, is the
/// record, and the copy anchors the log's end outside it (a log shorter than, or different from, what the workbook
/// saw is broken).
/// </summary>
/// <param name="DecisionId">The decision id the row names, trimmed.</param>
/// <param name="Row">The table's data row, 1-based.</param>
/// <param name="Cell">The DecisionId cell, such as <c>DecisionLog!B4</c>.</param>
/// <param name="Sequence">The entry's sequence as the workbook saw it; null in a copy written before it was kept.</param>
/// <param name="Hash">The entry's hash as the workbook saw it; null in a copy written before it was kept.</param>
public sealed record DecisionLogTableRow(string DecisionId, int Row, string Cell, long? Sequence = null, string? Hash = null);
