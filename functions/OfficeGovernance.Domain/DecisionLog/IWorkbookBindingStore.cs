namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The record, kept beside a decision log, of the stored workbook the log's workbook id is bound to
/// (docs/rules.md#workbook-binding, WorkbookId): the drive item (<c>driveId/itemId</c>) with Graph, the file name in
/// the server's local
/// workbook folder, or the workbook's full path for the CLI. The first workbook that writes binds the log; another
/// stored workbook presenting the same id (a copy) cannot write until a <c>Rebind</c> moves the binding.
/// </summary>
public interface IWorkbookBindingStore
{
    /// <summary>The stored workbook the log is bound to; null when no workbook has written to it yet.</summary>
    Task<string?> ReadBindingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Binds the log to <paramref name="workbook"/> when it is bound to none (of two first writers exactly one wins)
    /// and returns the workbook it is bound to afterwards: <paramref name="workbook"/>, or the one that held it.
    /// </summary>
    Task<string> BindAsync(string workbook, CancellationToken cancellationToken);

    /// <summary>Moves the binding to <paramref name="workbook"/>; called only after a Rebind decision is stored.</summary>
    Task RebindAsync(string workbook, CancellationToken cancellationToken);
}
