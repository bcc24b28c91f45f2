namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>No anchor outside the log (a local run without <c>DecisionLog:AnchorContainerUri</c> or <c>DecisionLog:AnchorConnection</c>): the digest's witness line is the only one.</summary>
public sealed class NoLogHeadAnchor : ILogHeadAnchor
{
    /// <inheritdoc />
    public Task AppendAsync(LogHeadAnchor anchor, CancellationToken cancellationToken) => Task.CompletedTask;
}
