using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>Answers whether a caller can read a stored workbook (docs/rules.md#http-api-contract, Authorization).</summary>
public interface IWorkbookReadCheck
{
    /// <summary>True when <paramref name="caller"/> can read the workbook <paramref name="workbookId"/>; false when it does not exist or they cannot.</summary>
    /// <param name="caller">The authenticated caller.</param>
    /// <param name="workbookId">A workbook id valid for the store (<see cref="WorkbookIds"/>).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <exception cref="Exception">The store could not answer (a transport or sign-in failure): never read as "no".</exception>
    Task<bool> CanReadAsync(WorkbookCaller caller, string workbookId, CancellationToken cancellationToken);
}
