using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// Appends rows to the existing table named by <paramref name="Table"/> (imported initiatives;
/// docs/rules.md#inventory-import), matching columns by header; its other rows and user columns stay.
/// </summary>
/// <param name="Table">The rows: its name selects the table, its columns are matched by header.</param>
public sealed record AppendRowsEdit(OutputTable Table) : WorkbookEdit;
