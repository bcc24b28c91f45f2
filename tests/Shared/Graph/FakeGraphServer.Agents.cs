using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OfficeGovernance.Tests.Shared.Graph;

/// <summary>
/// The fake's Microsoft Entra Agent ID side: <c>GET /servicePrincipals/microsoft.graph.agentIdentity</c> in pages of
/// at most <see cref="AgentPageSize"/> (and at most the request's <c>$top</c>) with <c>@odata.nextLink</c> after, each
/// item typed <c>#microsoft.graph.agentIdentity</c>; <c>/servicePrincipals/{id}/owners</c> and
/// <c>/servicePrincipals/{id}/microsoft.graph.agentIdentity/sponsors</c> as directory objects (users with mail and
/// userPrincipalName, or service principals); sponsors can be refused with 403 as Graph does without the permission.
/// </summary>
public sealed partial class FakeGraphServer
{
    private readonly ConcurrentDictionary<string, FakeAgentIdentity> _agents = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _agentOrder = new();

    /// <summary>The most agent identities per page the fake answers (Graph's own limit is 100).</summary>
    public int AgentPageSize { get; set; } = 100;

    /// <summary>When true, every sponsors request gets 403 Authorization_RequestDenied.</summary>
    public bool RefuseSponsors { get; set; }

    /// <summary>Adds or replaces an agent identity (listed in the order first added).</summary>
    public void AddAgentIdentity(FakeAgentIdentity identity)
    {
        if (_agents.TryAdd(identity.Id, identity))
        {
            _agentOrder.Enqueue(identity.Id);
        }
        else
        {
            _agents[identity.Id] = identity;
        }
    }

    /// <summary>Deletes an agent identity: it is no longer listed.</summary>
    public void DeleteAgentIdentity(string id) => _agents.TryRemove(id, out _);

    private List<FakeAgentIdentity> ListedAgents() =>
        _agentOrder.Where(_agents.ContainsKey).Select(id => _agents[id]).ToList();

    private void MapAgentIdentities()
    {
        _app.MapGet("/v1.0/servicePrincipals/microsoft.graph.agentIdentity", (HttpRequest request) =>
        {
            var top = int.TryParse(request.Query["$top"].ToString(), out var t) ? t : 100;
            var size = Math.Min(Math.Min(top, 100), AgentPageSize);
            var skip = int.TryParse(request.Query["$skiptoken"].ToString(), out var s) ? s : 0;
            var all = ListedAgents();
            var page = all.Skip(skip).Take(size).Select(AgentJson).ToList();
            var body = new Dictionary<string, object?>
            {
                ["@odata.context"] = $"{BaseUrl}/$metadata#servicePrincipals/microsoft.graph.agentIdentity",
                ["value"] = page,
            };
            if (skip + size < all.Count)
            {
                body["@odata.nextLink"] = $"{BaseUrl}/servicePrincipals/microsoft.graph.agentIdentity?$top={top}&$skiptoken={skip + size}";
            }
            return Results.Json(body);
        });
        _app.MapGet("/v1.0/servicePrincipals/{id}/owners", (string id) =>
            _agents.TryGetValue(id, out var agent) ? Results.Json(new { value = agent.Owners.Select(PrincipalJson) }) : NotFound());
        _app.MapGet("/v1.0/servicePrincipals/{id}/microsoft.graph.agentIdentity/sponsors", (string id) =>
            RefuseSponsors ? Results.Json(Error("Authorization_RequestDenied", "Insufficient privileges to complete the operation."), statusCode: 403)
            : _agents.TryGetValue(id, out var agent) ? Results.Json(new { value = agent.Sponsors.Select(PrincipalJson) })
            : NotFound());
    }

    private static Dictionary<string, object?> AgentJson(FakeAgentIdentity a) => new()
    {
        ["@odata.type"] = "#microsoft.graph.agentIdentity",
        ["id"] = a.Id,
        ["displayName"] = a.DisplayName,
        ["accountEnabled"] = a.AccountEnabled,
        ["agentIdentityBlueprintId"] = a.BlueprintId,
        ["createdDateTime"] = a.Created.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["disabledByMicrosoftStatus"] = a.DisabledByMicrosoftStatus,
        ["tags"] = a.Tags,
    };

    private static Dictionary<string, object?> PrincipalJson(FakePrincipal p) => !p.IsUser
        ? new() { ["@odata.type"] = "#microsoft.graph.servicePrincipal", ["id"] = p.Id, ["displayName"] = p.DisplayName }
        : new()
        {
            ["@odata.type"] = "#microsoft.graph.user", ["id"] = p.Id, ["displayName"] = p.DisplayName,
            ["mail"] = p.Mail, ["userPrincipalName"] = p.UserPrincipalName,
        };
}
