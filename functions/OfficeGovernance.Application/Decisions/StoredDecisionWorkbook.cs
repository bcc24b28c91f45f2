using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Decisions;

/// <summary>
/// A stored workbook (the local folder or a drive item through Graph) as the workbook of a decision: read once, its
/// log opened from the STORED Settings (never an id a request sends; docs/rules.md#workbook-binding), its WorkbookId
/// given through the same <see cref="WorkbookRoundTrip"/>, saved only over the version read.
/// </summary>
public sealed class StoredDecisionWorkbook : IDecisionWorkbook
{
    private readonly StoredWorkbooks _stored;
    private readonly IWorkbookDecisionLogs _logs;
    private readonly WorkbookRoundTrip _read;
    private readonly Func<string, CancellationToken, Task<bool>> _mayRead;

    private StoredDecisionWorkbook(
        StoredWorkbooks stored, IWorkbookDecisionLogs logs, string workbookId, WorkbookRoundTrip read,
        Func<string, CancellationToken, Task<bool>> mayRead)
    {
        (_stored, _logs, _read, _mayRead, Label) = (stored, logs, read, mayRead, workbookId);
        Log = logs.Open(workbookId, read.Workbook.Settings);
    }

    /// <inheritdoc />
    public string Label { get; }

    /// <inheritdoc />
    public PortfolioWorkbook Workbook => _read.Workbook;

    /// <inheritdoc />
    public IDecisionLogStore Log { get; }

    /// <inheritdoc />
    public bool IsShared => _logs.IsShared;

    /// <summary>Reads a stored workbook and opens its log; null when none has that id.</summary>
    /// <param name="stored">The stored workbooks.</param>
    /// <param name="logs">The deployment's decision logs.</param>
    /// <param name="workbookId">The workbook, which the caller has been checked to read.</param>
    /// <param name="mayRead">Whether the caller may read another stored workbook (the one an id is bound to).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored workbook is invalid.</exception>
    public static async Task<StoredDecisionWorkbook?> OpenAsync(
        StoredWorkbooks stored, IWorkbookDecisionLogs logs, string workbookId, Func<string, CancellationToken, Task<bool>> mayRead,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(mayRead);
        var read = await stored.OpenAsync(workbookId, cancellationToken);
        return read is null ? null : new StoredDecisionWorkbook(stored, logs, workbookId, read, mayRead);
    }

    /// <inheritdoc />
    public Task<bool> MayReadHolderAsync(string holder, CancellationToken cancellationToken) => _mayRead(holder, cancellationToken);

    /// <inheritdoc />
    public Task<PortfolioWorkbook?> ReadHolderAsync(string holder, CancellationToken cancellationToken) =>
        _stored.ParseAsync(holder, cancellationToken);

    /// <inheritdoc />
    public async Task<IDecisionLogStore> GiveWorkbookIdAsync(CancellationToken cancellationToken)
    {
        var id = _read.GiveWorkbookId(_stored.NewWorkbookId);
        await _read.SaveAsync(cancellationToken);
        return _logs.Open(Label, _read.Workbook.Settings with { WorkbookId = id });
    }
}
