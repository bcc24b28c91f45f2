namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// No anchor outside the log (a local run without <c>DecisionLog:AnchorContainerUri</c> or
/// <c>DecisionLog:AnchorConnection</c>): the digest's witness line is the only one, and verify says plainly that the
/// anchor was not checked (docs/rules.md#decision-log).
/// </summary>
public sealed class NoLogHeadAnchor : ILogHeadAnchor
{
    /// <inheritdoc />
    public string? Store => null;

    /// <inheritdoc />
    public Task AppendAsync(LogHeadAnchor anchor, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<IReadOnlyList<LogHeadAnchor>> ReadAsync(string workbookId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LogHeadAnchor>>([]);
}
