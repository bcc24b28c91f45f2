namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>One anchored head: which workbook's log, its head, and when it was anchored.</summary>
/// <param name="WorkbookId">The workbook's <c>Settings.WorkbookId</c> (or stored id for a file log): whose log.</param>
/// <param name="Head">The log's head: last sequence and hash (0 and empty for a log without entries).</param>
/// <param name="AnchoredAt">When the weekly run anchored it, UTC.</param>
public sealed record LogHeadAnchor(string WorkbookId, LogHead Head, DateTimeOffset AnchoredAt);
