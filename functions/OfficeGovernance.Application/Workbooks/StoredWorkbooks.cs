using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// The stored version of a workbook (the deployment's <see cref="IWorkbookSource"/>: the workbook folder or Graph),
/// parsed: the only source of the rules a request is checked against (docs/rules.md#http-api-contract). Callers check
/// the caller may read it first (the workbook endpoints' access check).
/// </summary>
public sealed class StoredWorkbooks(IWorkbookSource source, IWorkbookPackage package, GuidSource guids)
{
    /// <summary>The stored workbook's tables, or null when none has that id.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored workbook is not valid (every problem by cell).</exception>
    public async Task<PortfolioWorkbook?> ParseAsync(string workbookId, CancellationToken cancellationToken) =>
        (await OpenAsync(workbookId, cancellationToken))?.Workbook;

    /// <summary>
    /// The stored workbook read once and parsed whole, as the round trip a use case writes through (saved only over the
    /// version read), or null when none has that id.
    /// </summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored workbook is not valid (every problem by cell).</exception>
    public async Task<WorkbookRoundTrip?> OpenAsync(string workbookId, CancellationToken cancellationToken)
    {
        WorkbookRoundTrip trip;
        try
        {
            trip = await WorkbookRoundTrip.OpenAsync(source, package, workbookId, workbookId, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        _ = trip.Workbook;
        return trip;
    }

    /// <summary>Makes the <c>Settings.WorkbookId</c> a stored workbook is given when it has none (docs/rules.md#workbook-binding).</summary>
    public Guid NewWorkbookId() => guids.NewGuid();
}
