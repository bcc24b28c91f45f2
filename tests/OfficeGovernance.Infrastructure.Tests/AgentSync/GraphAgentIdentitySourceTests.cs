using System.Net;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Infrastructure.AgentSync;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Infrastructure.Tests.AgentSync;

public sealed class GraphAgentIdentitySourceTests : IAsyncLifetime
{
    private const string ListPath = "/v1.0/servicePrincipals/microsoft.graph.agentIdentity";
    private FakeGraphServer _server = null!;
    private Microsoft.Graph.GraphServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _client = GraphClients.Create(
            new GraphSettings(_server.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ReadAllAsync_Identity_MapsEveryFieldOwnersAndSponsors()
    {
        _server.AddAgentIdentity(new FakeAgentIdentity("id-1", "Claims agent", AccountEnabled: false,
            DisabledByMicrosoftStatus: "DisabledDueToViolationOfServicesAgreement", BlueprintId: "bp-7", TagList: ["finance", "pilot"],
            OwnerList: [new FakePrincipal("u-1", "Ann", "ann@example.org", "ann@contoso.onmicrosoft.com"), new FakePrincipal("sp-1", "Robot")],
            SponsorList: [new FakePrincipal("u-2", "Bo", null, "bo@example.org")]));

        var listing = await new GraphAgentIdentitySource(_client).ReadAllAsync(CancellationToken.None);

        var identity = Assert.Single(listing.Identities);
        Assert.Equal(("id-1", "Claims agent", (bool?)false, "bp-7"), (identity.ObjectId, identity.DisplayName, identity.AccountEnabled, identity.BlueprintId));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), identity.CreatedDateTime);
        Assert.True(identity.DisabledByMicrosoft);
        Assert.Equal(["finance", "pilot"], identity.Tags);
        Assert.Equal(["ann@example.org"], identity.Owners);
        Assert.Equal(["bo@example.org"], identity.Sponsors);
        Assert.Empty(listing.Unreadable);
    }

    [Fact]
    public async Task ReadAllAsync_ThreePagesAndA429_FollowsNextLinksInOrderAndAsksAtMost100()
    {
        _server.AgentPageSize = 2;
        for (var i = 1; i <= 5; i++)
        {
            _server.AddAgentIdentity(new FakeAgentIdentity($"id-{i}", $"Agent {i}"));
        }
        _server.Fail(HttpStatusCode.TooManyRequests, 1, "/microsoft.graph.agentIdentity");

        var listing = await new GraphAgentIdentitySource(_client).ReadAllAsync(CancellationToken.None);

        Assert.Equal(["id-1", "id-2", "id-3", "id-4", "id-5"], listing.Identities.Select(i => i.ObjectId));
        Assert.Equal(4, _server.Requests("GET", ListPath));
        Assert.Equal(100, GraphAgentIdentitySource.PageSize);
    }

    [Fact]
    public async Task ReadAllAsync_ListRefused_ThrowsTheGraphError()
    {
        _server.Fail(HttpStatusCode.Forbidden, 1, "/microsoft.graph.agentIdentity");

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => new GraphAgentIdentitySource(_client).ReadAllAsync(CancellationToken.None));

        Assert.Equal(403, error.ResponseStatusCode);
    }
}
