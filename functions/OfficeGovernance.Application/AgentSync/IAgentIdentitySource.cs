using OfficeGovernance.Domain.AgentSync;

namespace OfficeGovernance.Infrastructure.AgentSync;

/// <summary>Every agent identity of the tenant, as the sync reads them (PRODUCT.md section 2, Agent sync).</summary>
public interface IAgentIdentitySource
{
    /// <summary>Reads every agent identity, all pages, with its owners and sponsors.</summary>
    /// <param name="ct">Cancels the requests.</param>
    /// <returns>The identities in the source's order, and what could not be read (owners or sponsors left unknown).</returns>
    Task<AgentIdentityListing> ReadAllAsync(CancellationToken ct);
}

/// <summary>The agent identities read and the notes on what could not be read.</summary>
/// <param name="Identities">Every identity listed, in order.</param>
/// <param name="Unreadable">One line per relationship Graph refused (owners or sponsors left unknown, so Owner and
/// KillSwitchOwner are neither filled nor compared), naming the permission it needs.</param>
public sealed record AgentIdentityListing(IReadOnlyList<AgentIdentity> Identities, IReadOnlyList<string> Unreadable);
