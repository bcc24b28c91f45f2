namespace OfficeGovernance.Domain.AgentSync;

/// <summary>
/// One agent identity as Microsoft Entra Agent ID lists it through Microsoft Graph
/// (<c>GET /servicePrincipals/microsoft.graph.agentIdentity</c>; docs/rules.md#agent-sync).
/// </summary>
/// <param name="ObjectId">The identity's object id (<c>id</c>), matched to Agents[EntraObjectId].</param>
/// <param name="DisplayName">Its display name (<c>displayName</c>); the Name of a row the sync adds.</param>
/// <param name="AccountEnabled">Whether it can sign in (<c>accountEnabled</c>); null when Graph did not say.</param>
/// <param name="BlueprintId">The agent identity blueprint it was created from (<c>agentIdentityBlueprintId</c>).</param>
/// <param name="CreatedDateTime">When it was created, UTC (<c>createdDateTime</c>).</param>
/// <param name="DisabledByMicrosoftStatus">Graph's <c>disabledByMicrosoftStatus</c>: null or <c>NotDisabled</c> when
/// Microsoft has not disabled it; any other value (<c>DisabledDueToViolationOfServicesAgreement</c>, ...) means it has.</param>
/// <param name="Tags">Its tags (<c>tags</c>), as Graph lists them.</param>
/// <param name="Owners">The e-mail addresses of its owners that are people (mail, else user principal name), in Graph's
/// order; empty when it has none; null when they could not be read (unknown, never read as "none").</param>
/// <param name="Sponsors">The e-mail addresses of its sponsors that are people, as <paramref name="Owners"/>.</param>
public sealed record AgentIdentity(
    string ObjectId, string DisplayName, bool? AccountEnabled, string? BlueprintId, DateTimeOffset? CreatedDateTime,
    string? DisabledByMicrosoftStatus, IReadOnlyList<string> Tags, IReadOnlyList<string>? Owners,
    IReadOnlyList<string>? Sponsors)
{
    /// <summary>True when Microsoft disabled the identity (a <see cref="DisabledByMicrosoftStatus"/> other than NotDisabled).</summary>
    public bool DisabledByMicrosoft => DisabledByMicrosoftStatus is { Length: > 0 } status
        && !string.Equals(status, "NotDisabled", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when Entra says the identity cannot sign in (<see cref="AccountEnabled"/> false).</summary>
    public bool Disabled => AccountEnabled == false;
}
