namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// Where the weekly run writes the decision log's head outside the log (<c>docs/rules.md#decision-log</c>; issue 23):
/// in Azure an append blob in a container with a time-based immutability (WORM) policy, so a log later cut or
/// rewritten disagrees with a record nobody can change. Records are only ever added.
/// </summary>
public interface ILogHeadAnchor
{
    /// <summary>Adds <paramref name="anchor"/> to the workbook's anchor record; earlier records stay as they are.</summary>
    /// <exception cref="InvalidOperationException">The anchor store cannot be written (named with its setting).</exception>
    Task AppendAsync(LogHeadAnchor anchor, CancellationToken cancellationToken);
}
