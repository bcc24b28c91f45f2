using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// Replaces some data rows of the existing table named by <paramref name="Table"/> with its rows (the Spend rows of a
/// re-imported FOCUS source; docs/rules.md#cost-import).
/// </summary>
/// <param name="Table">The new rows: its name selects the table, its columns are matched by header.</param>
/// <param name="ReplacedRows">The data rows replaced, 1-based (1 = the first row below the header).</param>
public sealed record ReplaceRowsEdit(OutputTable Table, IReadOnlyList<int> ReplacedRows) : WorkbookEdit;
