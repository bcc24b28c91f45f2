namespace OfficeGovernance.Domain.AgentSync;

/// <summary>An agent the sync flagged, with the reason in words.</summary>
/// <param name="AgentId">The row's AgentId (of the new row for an identity added disabled).</param>
/// <param name="EntraObjectId">The identity's object id.</param>
/// <param name="Kind">Why.</param>
/// <param name="Message">What Entra says and what happened to the row's Status.</param>
public sealed record AgentSyncFlag(string AgentId, string EntraObjectId, AgentSyncFlagKind Kind, string Message);
