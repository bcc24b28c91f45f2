namespace OfficeGovernance.Application.Workbooks.Registry;

/// <summary>
/// The workbooks the weekly run reviews and reports (issue 9; docs/rules.md#weekly-status): registered once, listed
/// by every run. Registering is idempotent: a workbook is recorded once, with its first registration's caller and time.
/// </summary>
public interface IWorkbookRegistry
{
    /// <summary>Registers a workbook unless it is registered already.</summary>
    /// <param name="workbookId">The workbook id, kept exactly (case included); not blank, no control characters, at
    /// most 200 characters (Infrastructure's <c>WorkbookRegistrationRules.MaxWorkbookIdLength</c>).</param>
    /// <param name="registeredBy">The caller's email address, taken from the signed-in identity, never from the request.</param>
    /// <param name="registeredAt">Now, UTC (offset zero).</param>
    /// <param name="ct">Cancels the call.</param>
    /// <returns>The stored registration and whether this call created it.</returns>
    /// <exception cref="ArgumentException">The id, address or time is not acceptable; nothing is written.</exception>
    Task<WorkbookRegistrationResult> RegisterAsync(
        string workbookId, string registeredBy, DateTimeOffset registeredAt, CancellationToken ct);

    /// <summary>Every registered workbook, ordered by workbook id (ordinal).</summary>
    /// <param name="ct">Cancels the call.</param>
    /// <exception cref="InvalidDataException">A stored registration cannot be read; names where it is.</exception>
    Task<IReadOnlyList<WorkbookRegistration>> ListAsync(CancellationToken ct);
}
