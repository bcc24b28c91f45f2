using Microsoft.Extensions.Options;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// Opens a workbook's decision log (docs/rules.md#decision-log). Shared, in Table Storage, when
/// <c>DecisionLog:TableConnection</c> or <c>DecisionLog:TableEndpoint</c> is set: one partition per
/// <c>Settings.WorkbookId</c> of the STORED workbook (never an id a request sends), so a renamed, moved or copied file
/// keeps its history, the same partition the CLI and the weekly run use. Otherwise the embedded store,
/// <c>DecisionLog:Directory/escaped-id.decisions.jsonl</c>, kept per stored file like the CLI's log beside the workbook.
/// </summary>
public sealed class WorkbookDecisionLogs(IOptions<DecisionLogOptions> options, StorageTables storage, IWorkbookSource workbooks)
    : IWorkbookDecisionLogs
{
    /// <summary>True when logs are in Table Storage and keyed by <c>Settings.WorkbookId</c>, which a decision then needs.</summary>
    public bool IsShared => storage.Service is not null;

    /// <summary>
    /// The log of a stored workbook whose Settings the caller has already read from the store, as a
    /// <see cref="BoundDecisionLog"/> presenting <paramref name="workbookId"/> (docs/rules.md#workbook-binding: a copy cannot
    /// write into its original's log); an unkeyed shared log excepted.
    /// </summary>
    /// <param name="workbookId">The stored workbook's id (drive item or file name).</param>
    /// <param name="settings">Its Settings, as stored; without a WorkbookId the shared log is an <see cref="UnkeyedDecisionLog"/>.</param>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    public IDecisionLogStore Open(string workbookId, PortfolioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (WorkbookId.ProblemOf(workbookId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(workbookId));
        }
        if (storage.Service is { } tables)
        {
            return DecisionLogStores.Open(tables, string.Empty, settings, workbookId, workbookId);
        }
        var directory = Path.GetFullPath(options.Value.Directory);
        Directory.CreateDirectory(directory);
        // Problems name the log by workbook and setting, never by the server's path (issue 23, finding 7).
        return DecisionLogStores.Open(null, Path.Combine(directory, WorkbookId.Escape(workbookId) + ".decisions.jsonl"), settings,
            workbookId, workbookId, $"of '{workbookId}' in {DecisionLogOptions.Section}:{nameof(DecisionLogOptions.Directory)}");
    }

    /// <summary>
    /// The log of a stored workbook, the rows of its DecisionLog table (its copy of the log, with sequence and hash),
    /// which every reader holds the log to, and the key its heads are anchored under (docs/rules.md#decision-log); the
    /// workbook is read once.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    /// <exception cref="FileNotFoundException">No stored workbook has that id.</exception>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The Settings (when read) or the
    /// DecisionLog table cannot be read.</exception>
    public async Task<(IDecisionLogStore Log, IReadOnlyList<DecisionLogTableRow> TableRows, string AnchorKey)> OpenStoredWithCopyAsync(
        string workbookId, bool readSettings, CancellationToken cancellationToken)
    {
        var file = await workbooks.GetAsync(workbookId, cancellationToken);
        var settings = IsShared || readSettings ? PortfolioWorkbookFile.ParseSettings(file.Bytes, workbookId) : new PortfolioSettings();
        // The weekly run anchors under the same key (ScheduledWeeklyStatus).
        return (Open(workbookId, settings), PortfolioWorkbookFile.ParseDecisionLogTable(file.Bytes, workbookId),
            settings.WorkbookId?.ToString() ?? workbookId);
    }

    /// <summary>
    /// The log of a stored workbook, reading its Settings from the store when the log is shared (for callers that
    /// review tables sent in the request, or read the log alone).
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    /// <exception cref="FileNotFoundException">No stored workbook has that id.</exception>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored Settings table is invalid.</exception>
    public async Task<IDecisionLogStore> OpenStoredAsync(string workbookId, Guid? claimedWorkbookId, CancellationToken cancellationToken)
    {
        // The binding record beside the shared log names the stored workbook that holds its id (docs/rules.md#workbook-binding):
        // a claim it confirms needs no download; any other claim is checked against the stored Settings.
        if (IsShared && claimedWorkbookId is { } claimed
            && Open(workbookId, new PortfolioSettings { WorkbookId = claimed }) is BoundDecisionLog bound
            && await bound.IsHeldByWorkbookAsync(cancellationToken))
        {
            return bound;
        }
        return await OpenStoredAsync(workbookId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IDecisionLogStore> OpenStoredAsync(string workbookId, CancellationToken cancellationToken)
    {
        if (!IsShared)
        {
            return Open(workbookId, new PortfolioSettings());
        }
        var file = await workbooks.GetAsync(workbookId, cancellationToken);
        return Open(workbookId, PortfolioWorkbookFile.ParseSettings(file.Bytes, workbookId));
    }
}
