namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// One row of a workbook's DecisionLog table, the read-only copy of the decision log the system writes
/// (PRODUCT.md sections 1 and 3). Only the DecisionId is read: the log itself, not this copy, is the record.
/// </summary>
/// <param name="DecisionId">The decision id the row names, trimmed.</param>
/// <param name="Row">The table's data row, 1-based.</param>
/// <param name="Cell">The DecisionId cell, such as <c>DecisionLog!B4</c>.</param>
public sealed record DecisionLogTableRow(string DecisionId, int Row, string Cell);
