using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// The development identity on a real Kestrel on loopback (docs/rules.md#authorization; issue 23, finding 3): it answers
/// only for a loopback Host, so a DNS-rebound page (Host: attacker.example) gets 401 and writes nothing.
/// </summary>
public sealed class LoopbackIdentityTests
{
    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.Created)]
    [InlineData("localhost", HttpStatusCode.Created)]
    [InlineData("attacker.example", HttpStatusCode.Unauthorized)]
    public async Task Decide_DevelopmentIdentityOnKestrel_AnswersOnlyForALoopbackHost(string host, HttpStatusCode expected)
    {
        using var api = new ApiFactory();
        using var factory = api.WithWebHostBuilder(b => b
            .UseSetting("Auth:DevelopmentIdentity", "cto@example.org")
            .UseSetting("urls", "http://127.0.0.1:0"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/decisions")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["workbookId"] = api.Store("dev.xlsx"), ["initiativeId"] = "DOC-0228", ["type"] = "Continue", ["why"] = "on target",
            }),
        };
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created, File.Exists(Path.Combine(api.DecisionsDirectory, "dev.xlsx.decisions.jsonl")));
    }

    [Fact]
    public async Task Decide_KestrelEndpointOnEveryInterface_DevelopmentIdentityAnswersNothing()
    {
        // Finding 3: --urls says loopback, but a Kestrel endpoint setting binds every interface.
        using var api = new ApiFactory();
        using var factory = api.WithWebHostBuilder(b => b
            .UseSetting("Auth:DevelopmentIdentity", "cto@example.org")
            .UseSetting("urls", "http://127.0.0.1:0")
            .UseSetting("Kestrel:Endpoints:E:Url", "http://0.0.0.0:0"));
        factory.UseKestrel();
        factory.StartServer();
        using var client = factory.CreateClient();
        // Reached through loopback, with a loopback Host: only the bound address is wrong.
        client.BaseAddress = new Uri($"http://127.0.0.1:{client.BaseAddress!.Port}");

        var response = await client.PostAsJsonAsync("/api/decisions", new JsonObject
        {
            ["workbookId"] = api.Store("dev.xlsx"), ["initiativeId"] = "DOC-0228", ["type"] = "Continue", ["why"] = "on target",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(api.DecisionsDirectory, "dev.xlsx.decisions.jsonl")));
    }
}
