using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// <c>POST /api/agents/sync</c> (issue 26) on the local workbook folder, agent identities from the project's fake
/// Graph on loopback: the stored workbook is saved once, a repeat changes nothing, and a caller gets 404 for a
/// workbook that is not there and 400 naming a malformed field.
/// </summary>
public sealed class AgentSyncApiTests : IAsyncLifetime, IDisposable
{
    private readonly ApiFactory _api = new();
    private FakeGraphServer _graph = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _graph.AddAgentIdentity(new FakeAgentIdentity("b1000000-0000-4000-8000-000000000001", "Claims triage agent",
            OwnerList: [new FakePrincipal("u-1", "Ann", "ann@example.org")]));
        _graph.AddAgentIdentity(new FakeAgentIdentity("b2000000-0000-4000-8000-000000000002", "Retired helper", AccountEnabled: false));
        var configured = _api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Graph:BaseUrl", _graph.BaseUrl.AbsoluteUri);
            b.UseSetting("Graph:Credential", "None");
        });
        _client = configured.CreateClient();
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _api.Tokens.Create("cto@example.org"));
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task SyncAgents_StoredWorkbook_SavesOnceAndARepeatChangesNothing()
    {
        var id = _api.Store("agents.xlsx");
        var path = Path.Combine(_api.WorkbooksDirectory, id);

        var first = await _client.PostAsJsonAsync("/api/agents/sync", new { workbookId = id });
        var saved = await File.ReadAllBytesAsync(path);
        var second = await _client.PostAsJsonAsync("/api/agents/sync", new { workbookId = id });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var one = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal((2, 1, true), (one.RootElement.GetProperty("added").GetInt32(), one.RootElement.GetProperty("flagged").GetInt32(),
            one.RootElement.GetProperty("written").GetBoolean()));
        Assert.Equal("ann@example.org", one.RootElement.GetProperty("addedAgents")[0].GetProperty("owner").GetString());
        Assert.Equal("Paused", one.RootElement.GetProperty("addedAgents")[1].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var two = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal((0, 0, false), (two.RootElement.GetProperty("added").GetInt32(), two.RootElement.GetProperty("changed").GetInt32(),
            two.RootElement.GetProperty("written").GetBoolean()));
        Assert.Equal(saved, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task SyncAgents_WorkbookNotStored_Answers404AndAsksGraphNothing()
    {
        var response = await _client.PostAsJsonAsync("/api/agents/sync", new { workbookId = "missing.xlsx" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, _graph.TotalRequests);
    }

    [Fact]
    public async Task SyncAgents_NoWorkbookId_Answers400NamingTheField()
    {
        var response = await _client.PostAsJsonAsync("/api/agents/sync", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("workbookId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncAgents_Anonymous_Answers401()
    {
        var response = await _api.CreateClient().PostAsJsonAsync("/api/agents/sync", new { workbookId = "agents.xlsx" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
