using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// Creates or replaces system tables, each on a sheet of its own (Review, PortfolioSummary, DecisionLog, ImportLog,
/// UnallocatedSpend; docs/rules.md#written-workbooks), keeping every other sheet, table, style and user column.
/// </summary>
/// <param name="Tables">The tables; each table's rows are enumerated once.</param>
public sealed record ReplaceTablesEdit(IReadOnlyList<OutputTable> Tables) : WorkbookEdit;
