using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Functions.Reviews;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// The stored version of a workbook, parsed: the only source of the rules a request is checked against (PRODUCT.md
/// section 5, Authorization). Callers check <see cref="WorkbookAccess"/> first.
/// </summary>
public sealed class StoredWorkbooks(IWorkbookSource source)
{
    /// <summary>The stored workbook, or null when none has that id.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored workbook is not valid (every problem by cell).</exception>
    public async Task<PortfolioWorkbook?> ParseAsync(string workbookId, CancellationToken cancellationToken)
    {
        WorkbookFile file;
        try
        {
            file = await source.GetAsync(workbookId, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        return PortfolioWorkbookFile.Parse(file.Bytes, workbookId);
    }
}
