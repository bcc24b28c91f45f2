using System.Net;
using Microsoft.Graph.Models;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Domain.AgentSync;
using AgentIdentity = OfficeGovernance.Domain.AgentSync.AgentIdentity;
using GraphAgentIdentity = Microsoft.Graph.Models.AgentIdentity;

namespace OfficeGovernance.Infrastructure.AgentSync;

/// <summary>
/// Reads agent identities from Microsoft Entra Agent ID through Graph (docs/rules.md#agent-sync):
/// <c>GET /servicePrincipals/microsoft.graph.agentIdentity?$top=100</c> following every <c>@odata.nextLink</c>, then per
/// identity <c>GET /servicePrincipals/{id}/owners</c> and <c>GET /servicePrincipals/{id}/microsoft.graph.agentIdentity/sponsors</c>
/// (each paged too). The SDK 6.x has the <see cref="GraphAgentIdentity"/> model but no request builder for the cast
/// segments, so those URLs go through the generated builders' <c>WithUrl</c>; the client's middleware still applies
/// (authentication, and 429/503 retried after Retry-After, <see cref="Graph.GraphClients"/>).
/// Permissions (application): AgentIdentity.Read.All for the list, Application.Read.All for owners, User.ReadBasic.All
/// for the people's addresses; sponsors need AgentIdentity.ReadWrite.All as Microsoft documents it. A 403 on owners or
/// sponsors, or a person returned without an address, leaves them unknown and says so; a 403 on the list fails.
/// </summary>
public sealed class GraphAgentIdentitySource : IAgentIdentitySource
{
    /// <summary>The page size asked for; Graph answers at most 100 agent identities per page.</summary>
    public const int PageSize = 100;

    private const string Select = "id,displayName,accountEnabled,agentIdentityBlueprintId,createdDateTime,disabledByMicrosoftStatus,tags";

    private readonly GraphServiceClient _graph;

    /// <summary>Creates the source over a client from <see cref="Graph.GraphClients.Create"/>.</summary>
    public GraphAgentIdentitySource(GraphServiceClient graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
    }

    /// <inheritdoc />
    /// <exception cref="ApiException">Graph refused the list (403 without AgentIdentity.Read.All), or the retries of
    /// 429/503 ran out (wrapped in an <see cref="AggregateException"/> by the SDK).</exception>
    /// <exception cref="InvalidOperationException">A page came without a value list: the listing is incomplete.</exception>
    public async Task<AgentIdentityListing> ReadAllAsync(CancellationToken ct)
    {
        var principals = new List<ServicePrincipal>();
        string? next = $"{Base}/servicePrincipals/microsoft.graph.agentIdentity?$top={PageSize}&$select={Select}";
        while (next is not null)
        {
            var page = await _graph.ServicePrincipals.WithUrl(next).GetAsync(cancellationToken: ct).ConfigureAwait(false);
            principals.AddRange(page?.Value ?? throw new InvalidOperationException(
                "Graph answered a page of agent identities without a value list; the listing is incomplete."));
            next = page.OdataNextLink;
        }
        var unreadable = new List<string>();
        var identities = new List<AgentIdentity>(principals.Count);
        foreach (var principal in principals)
        {
            var id = principal.Id ?? throw new InvalidOperationException("Graph listed an agent identity without an id.");
            var owners = await PeopleAsync($"{Base}/servicePrincipals/{Uri.EscapeDataString(id)}/owners?$top={PageSize}",
                id, "owners", "Application.Read.All", unreadable, ct).ConfigureAwait(false);
            var sponsors = await PeopleAsync(
                $"{Base}/servicePrincipals/{Uri.EscapeDataString(id)}/microsoft.graph.agentIdentity/sponsors?$top={PageSize}",
                id, "sponsors", "AgentIdentity.ReadWrite.All", unreadable, ct).ConfigureAwait(false);
            identities.Add(new AgentIdentity(id, principal.DisplayName ?? string.Empty, principal.AccountEnabled,
                (principal as GraphAgentIdentity)?.AgentIdentityBlueprintId ?? Additional(principal, "agentIdentityBlueprintId"),
                (principal as GraphAgentIdentity)?.CreatedDateTime,
                principal.DisabledByMicrosoftStatus, principal.Tags ?? [], owners, sponsors));
        }
        return new AgentIdentityListing(identities, unreadable);
    }

    private string Base => _graph.RequestAdapter.BaseUrl?.TrimEnd('/')
        ?? throw new InvalidOperationException("The Graph client has no base URL.");

    // People (users) by mail, else user principal name; service principals and groups have no address to be an owner.
    private async Task<IReadOnlyList<string>?> PeopleAsync(
        string url, string id, string relation, string permission, List<string> unreadable, CancellationToken ct)
    {
        var people = new List<string>();
        string? next = url;
        try
        {
            while (next is not null)
            {
                var page = await _graph.ServicePrincipals[id].Owners.WithUrl(next).GetAsync(cancellationToken: ct).ConfigureAwait(false);
                foreach (var member in page?.Value ?? throw new InvalidOperationException(
                             $"Graph answered the {relation} of agent identity {id} without a value list."))
                {
                    if (member is not User user)
                    {
                        continue;
                    }
                    if ((user.Mail ?? user.UserPrincipalName) is not { Length: > 0 } address)
                    {
                        // Graph returns only the id of a user the app may not read: the address is unknown, not absent.
                        unreadable.Add($"agent identity {id}: Graph returned a person among its {relation} without an address " +
                                       "(needs User.ReadBasic.All), so they are unknown and left as they are");
                        return null;
                    }
                    people.Add(address);
                }
                next = page.OdataNextLink;
            }
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.Forbidden)
        {
            unreadable.Add($"agent identity {id}: Graph refused its {relation} (403; needs {permission}), so they are unknown and left as they are");
            return null;
        }
        return people;
    }

    private static string? Additional(ServicePrincipal principal, string key) =>
        principal.AdditionalData.TryGetValue(key, out var value) ? value?.ToString() : null;
}
