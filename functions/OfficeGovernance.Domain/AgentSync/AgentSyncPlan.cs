using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.AgentSync;

/// <summary>
/// What one sync does to the Agents table (docs/rules.md#agent-sync): rows to add, cells to change, agents
/// flagged, differences reported, and how many rows it leaves as they are. Pure data: the writer applies it.
/// </summary>
/// <param name="Added">New Agents rows, one per identity no row names, in Graph's order.</param>
/// <param name="Changes">Cell changes in existing rows, in row order.</param>
/// <param name="Flags">Agents disabled, disabled by Microsoft or deleted, in row order, then the added ones.</param>
/// <param name="Differences">Owner, kill-switch owner or name differences, reported only.</param>
/// <param name="Unchanged">Existing rows the sync leaves exactly as they were.</param>
public sealed record AgentSyncPlan(
    IReadOnlyList<Agent> Added, IReadOnlyList<AgentCellChange> Changes, IReadOnlyList<AgentSyncFlag> Flags,
    IReadOnlyList<AgentSyncDifference> Differences, int Unchanged)
{
    /// <summary>Rows with at least one changed cell.</summary>
    public int ChangedRows => Changes.Select(c => c.Row).Distinct().Count();

    /// <summary>True when the sync writes nothing: no row to add and no cell to change.</summary>
    public bool ChangesNothing => Added.Count == 0 && Changes.Count == 0;

    /// <summary>The one-line account: added, changed, flagged, unchanged, and "nothing changed" when so.</summary>
    public string Summary =>
        $"{Added.Count} added, {ChangedRows} changed, {Flags.Count} flagged, {Unchanged} unchanged" +
        (ChangesNothing ? "; nothing changed, the workbook was not written." : ".");
}
