namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// Gives the workbook its <c>Settings.WorkbookId</c> (docs/rules.md#workbook-binding: written once, by the system):
/// a row appended to its Settings table, or a Settings table on a sheet of its own when it has none.
/// </summary>
/// <param name="WorkbookId">The new id; never <see cref="Guid.Empty"/>.</param>
public sealed record WorkbookIdEdit(Guid WorkbookId) : WorkbookEdit;
