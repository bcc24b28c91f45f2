namespace OfficeGovernance.Infrastructure.AgentSync;

/// <summary>Every agent identity of the tenant, as the sync reads them (docs/rules.md#agent-sync).</summary>
public interface IAgentIdentitySource
{
    /// <summary>Reads every agent identity, all pages, with its owners and sponsors.</summary>
    /// <param name="ct">Cancels the requests.</param>
    /// <returns>The identities in the source's order, and what could not be read (owners or sponsors left unknown).</returns>
    Task<AgentIdentityListing> ReadAllAsync(CancellationToken ct);
}
