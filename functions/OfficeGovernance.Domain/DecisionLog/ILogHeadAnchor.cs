namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// Where the weekly run writes the decision log's head outside the log (<c>docs/rules.md#decision-log</c>; issue 23):
/// in Azure an append blob in a container with a time-based immutability (WORM) policy, so a log later cut or
/// rewritten disagrees with a record nobody can change. Records are only ever added; <c>decisions verify</c> reads
/// them back (<see cref="LogHeadAnchorCheck"/>).
/// </summary>
public interface ILogHeadAnchor
{
    /// <summary>
    /// The anchor store in words for messages, such as <c>the container decision-log-anchors (DecisionLog:AnchorConnection)</c>
    /// (never a key); null when no anchor store is configured, so verify says the anchor was not checked.
    /// </summary>
    string? Store { get; }

    /// <summary>Adds <paramref name="anchor"/> to the workbook's anchor record; earlier records stay as they are.</summary>
    /// <exception cref="InvalidOperationException">The anchor store cannot be written (named with its setting).</exception>
    Task AppendAsync(LogHeadAnchor anchor, CancellationToken cancellationToken);

    /// <summary>
    /// Every anchored head of the log of <paramref name="workbookId"/>, in the order they were anchored; records naming
    /// another workbook are left out. Empty when none was anchored yet (or no store is configured: see <see cref="Store"/>).
    /// </summary>
    /// <param name="workbookId">The key the weekly run anchors under: <c>Settings.WorkbookId</c>, else the stored workbook's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="LogHeadAnchorUnavailableException">The store is configured but cannot be read, or a record does not parse.</exception>
    Task<IReadOnlyList<LogHeadAnchor>> ReadAsync(string workbookId, CancellationToken cancellationToken);
}
