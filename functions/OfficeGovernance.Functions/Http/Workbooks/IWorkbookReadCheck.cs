using System.Security.Claims;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>Answers whether a caller can read a stored workbook (PRODUCT.md section 5, Authorization).</summary>
public interface IWorkbookReadCheck
{
    /// <summary>True when <paramref name="callerName"/> can read the workbook <paramref name="workbookId"/>; false when it does not exist or they cannot.</summary>
    /// <param name="callerName">The authenticated caller's name (email).</param>
    /// <param name="caller">The caller's principal, whose token a store may use on behalf of the caller.</param>
    /// <param name="workbookId">A workbook id valid for the store (<see cref="WorkbookIds"/>).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <exception cref="Exception">The store could not answer (a transport failure): never read as "no".</exception>
    Task<bool> CanReadAsync(string callerName, ClaimsPrincipal caller, string workbookId, CancellationToken cancellationToken);
}
