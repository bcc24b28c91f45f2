namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// One of the system's writes into a portfolio workbook (docs/rules.md#written-workbooks), collected by a
/// <see cref="WorkbookRoundTrip"/> and applied with the others in one package edit (<see cref="IWorkbookPackage.Apply"/>),
/// in the order they were collected.
/// </summary>
public abstract record WorkbookEdit;
