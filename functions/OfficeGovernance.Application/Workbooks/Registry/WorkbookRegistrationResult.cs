namespace OfficeGovernance.Application.Workbooks.Registry;

/// <summary>What <see cref="IWorkbookRegistry.RegisterAsync"/> found or did.</summary>
/// <param name="Registration">The stored registration: the first one when the workbook was registered before.</param>
/// <param name="Created">True when this call registered the workbook; false when it was registered already (nothing
/// was written).</param>
public sealed record WorkbookRegistrationResult(WorkbookRegistration Registration, bool Created);
