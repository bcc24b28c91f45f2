using OfficeGovernance.Domain.AgentSync;

namespace OfficeGovernance.Application.AgentSync;

/// <summary>Every agent identity of the tenant, as the sync reads them (docs/rules.md#workbook-contract, the Agents table).</summary>
public interface IAgentIdentitySource
{
    /// <summary>Reads every agent identity, all pages, with its owners and sponsors.</summary>
    /// <param name="ct">Cancels the requests.</param>
    /// <returns>The identities in the source's order, and what could not be read (owners or sponsors left unknown).</returns>
    Task<AgentIdentityListing> ReadAllAsync(CancellationToken ct);
}
