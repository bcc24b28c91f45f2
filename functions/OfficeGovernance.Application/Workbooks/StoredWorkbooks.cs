using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// The stored version of a workbook, parsed: the only source of the rules a request is checked against
/// (docs/rules.md#http-api-contract). Callers check the caller may read it first (the workbook endpoints' access check).
/// </summary>
public sealed class StoredWorkbooks(IWorkbookSource source, IWorkbookPackage package, GuidSource guids)
{
    /// <summary>The stored workbook's tables, or null when none has that id.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored workbook is not valid (every problem by cell).</exception>
    public async Task<PortfolioWorkbook?> ParseAsync(string workbookId, CancellationToken cancellationToken) =>
        (await ReadAsync(workbookId, cancellationToken))?.Workbook;

    /// <summary>The stored workbook with its ETag, or null when none has that id.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored workbook is not valid (every problem by cell).</exception>
    public async Task<StoredWorkbook?> ReadAsync(string workbookId, CancellationToken cancellationToken)
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
        return new StoredWorkbook(file, package.Parse(file.Bytes, workbookId));
    }

    /// <summary>
    /// Gives a stored workbook its <c>Settings.WorkbookId</c> when it has none (docs/rules.md#workbook-contract: written once, by
    /// the system), saved only over the version read, and returns it as stored then; one that has an id is returned
    /// as it is.
    /// </summary>
    /// <exception cref="WorkbookConflictException">The workbook changed since it was read; nothing was written.</exception>
    /// <exception cref="FileNotFoundException">The workbook was deleted since it was read.</exception>
    public async Task<StoredWorkbook> WithWorkbookIdAsync(string workbookId, StoredWorkbook stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Workbook.Settings.WorkbookId is not null)
        {
            return stored;
        }
        var id = guids.NewGuid();
        var bytes = package.StampWorkbookId(stored.File.Bytes, id, workbookId);
        var etag = await source.SaveAsync(workbookId, bytes, stored.File.ETag, cancellationToken);
        var workbook = stored.Workbook with { Settings = stored.Workbook.Settings with { WorkbookId = id } };
        return new StoredWorkbook(new WorkbookFile(bytes, etag), workbook);
    }
}
