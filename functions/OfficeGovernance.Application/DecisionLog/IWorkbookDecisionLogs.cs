using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.DecisionLog;

/// <summary>
/// Opens the decision log of a stored workbook (docs/rules.md#decision-log): shared in Table Storage, one partition
/// per <c>Settings.WorkbookId</c> of the STORED workbook (never an id a request sends), or the embedded JSON Lines
/// store per stored file. Which one is the deployment's choice (<see cref="DecisionLogOptions"/>).
/// </summary>
public interface IWorkbookDecisionLogs
{
    /// <summary>True when logs are shared and keyed by <c>Settings.WorkbookId</c>, which a decision then needs.</summary>
    bool IsShared { get; }

    /// <summary>
    /// The log of a stored workbook whose Settings the caller has already read from the store, as a
    /// <see cref="BoundDecisionLog"/> presenting <paramref name="workbookId"/>; an unkeyed shared log excepted.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    IDecisionLogStore Open(string workbookId, PortfolioSettings settings);

    /// <summary>
    /// The log of a stored workbook, the rows of its DecisionLog table and the key its heads are anchored under
    /// (<c>Settings.WorkbookId</c>, else <paramref name="workbookId"/>; docs/rules.md#decision-log); the workbook is read once.
    /// </summary>
    /// <param name="workbookId">The stored workbook's id.</param>
    /// <param name="readSettings">Read the Settings for the anchor key even for a file log (when an anchor store is
    /// configured); a shared log's Settings are always read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    /// <exception cref="FileNotFoundException">No stored workbook has that id.</exception>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The Settings (when read) or the DecisionLog table cannot be read.</exception>
    Task<(IDecisionLogStore Log, IReadOnlyList<DecisionLogTableRow> TableRows, string AnchorKey)> OpenStoredWithCopyAsync(
        string workbookId, bool readSettings, CancellationToken cancellationToken);

    /// <summary>The log of a stored workbook, reading its Settings from the store only when the log is shared.</summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    /// <exception cref="FileNotFoundException">No stored workbook has that id.</exception>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored Settings table is invalid.</exception>
    Task<IDecisionLogStore> OpenStoredAsync(string workbookId, CancellationToken cancellationToken);

    /// <summary>
    /// The log of a stored workbook whose tables a request posted, claiming <paramref name="claimedWorkbookId"/>: the
    /// claim is used only when the binding record says the claimed log is held by this very stored workbook
    /// (docs/rules.md#workbook-binding), so no second download is needed; otherwise, or with no claim, the stored
    /// Settings decide as in <see cref="OpenStoredAsync(string, CancellationToken)"/>. A posted id is never trusted alone.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    /// <exception cref="FileNotFoundException">No stored workbook has that id.</exception>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored Settings table is invalid.</exception>
    Task<IDecisionLogStore> OpenStoredAsync(string workbookId, Guid? claimedWorkbookId, CancellationToken cancellationToken);
}
