using OfficeGovernance.Domain.AgentSync;

namespace OfficeGovernance.Application.AgentSync;

/// <summary>The agent identities read and the notes on what could not be read.</summary>
/// <param name="Identities">Every identity listed, in order.</param>
/// <param name="Unreadable">One line per relationship Graph refused (owners or sponsors left unknown, so Owner and
/// KillSwitchOwner are neither filled nor compared), naming the permission it needs.</param>
public sealed record AgentIdentityListing(IReadOnlyList<AgentIdentity> Identities, IReadOnlyList<string> Unreadable);
