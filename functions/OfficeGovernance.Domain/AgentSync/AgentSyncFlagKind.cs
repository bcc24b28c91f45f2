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
