using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.AgentSync;

/// <summary>Why the sync flagged an agent (docs/rules.md#agent-sync).</summary>
public enum AgentSyncFlagKind
{
    /// <summary>The identity's accountEnabled is false: the row's Status becomes Paused.</summary>
    Disabled,
    /// <summary>Microsoft disabled the identity (disabledByMicrosoftStatus): the row's Status becomes Paused.</summary>
    DisabledByMicrosoft,
    /// <summary>The row names an identity Entra no longer lists (deleted since the last sync): Status becomes Retired.</summary>
    Deleted,
}

/// <summary>One cell the sync changes in an existing Agents row.</summary>
/// <param name="Row">The Agents data row, 1-based (as <see cref="Agent.Row"/>).</param>
/// <param name="AgentId">The row's AgentId.</param>
/// <param name="Column">The Agents column: Owner, KillSwitchOwner or Status.</param>
/// <param name="Before">The value before; null when blank.</param>
/// <param name="After">The value written.</param>
public sealed record AgentCellChange(int Row, string AgentId, string Column, string? Before, string After);

/// <summary>An agent the sync flagged, with the reason in words.</summary>
/// <param name="AgentId">The row's AgentId (of the new row for an identity added disabled).</param>
/// <param name="EntraObjectId">The identity's object id.</param>
/// <param name="Kind">Why.</param>
/// <param name="Message">What Entra says and what happened to the row's Status.</param>
public sealed record AgentSyncFlag(string AgentId, string EntraObjectId, AgentSyncFlagKind Kind, string Message);

/// <summary>A value the workbook and Entra disagree on that the sync reports and never overwrites.</summary>
/// <param name="AgentId">The row's AgentId.</param>
/// <param name="Column">The Agents column (Owner, KillSwitchOwner, Name).</param>
/// <param name="Workbook">The workbook's value.</param>
/// <param name="Entra">What Entra lists (owners or sponsors joined with "; ", or the display name).</param>
public sealed record AgentSyncDifference(string AgentId, string Column, string Workbook, string Entra);

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
