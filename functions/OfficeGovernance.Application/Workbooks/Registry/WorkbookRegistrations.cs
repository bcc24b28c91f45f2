namespace OfficeGovernance.Application.Workbooks.Registry;

/// <summary>
/// Registers a workbook for the weekly run (docs/rules.md#weekly-status), by the signed-in caller, now: once, a
/// repeat answering the first registration and writing nothing. The host checks first that the caller may read it.
/// </summary>
public sealed class WorkbookRegistrations(IWorkbookRegistry registry, TimeProvider time)
{
    /// <summary>Registers <paramref name="workbookId"/> unless it is registered already.</summary>
    /// <param name="workbookId">The workbook id, kept exactly.</param>
    /// <param name="caller">The caller's email address, from the signed-in identity, never from the request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored registration and whether this call created it.</returns>
    /// <exception cref="ArgumentException">The id or address is not acceptable; nothing is written.</exception>
    public Task<WorkbookRegistrationResult> RegisterAsync(string workbookId, string caller, CancellationToken cancellationToken) =>
        registry.RegisterAsync(workbookId, caller, time.GetUtcNow(), cancellationToken);
}
