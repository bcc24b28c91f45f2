using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OfficeGovernance.Cli.Tests.Http;

/// <summary>
/// The soak of issue 23, finding 2, bounded in count and on loopback only: three concurrent worst-case requests of
/// each kind (a chunked body past the byte limit, JSON nested far past the depth limit, a decision whose Why is
/// megabytes long) against <c>serve</c> on a real Kestrel with the default bounds; every one is refused with a 4xx and
/// <c>/api/health</c> answers 200 throughout. The server's peak working set is measured by hand (README), not here.
/// </summary>
public sealed class RequestBoundsSoakTests
{
    private const int Concurrent = 3;

    [Fact]
    public async Task Serve_ThreeConcurrentWorstCaseRequestsOfEachKind_AllRefusedAndHealthAnswersThroughout()
    {
        using var api = new ApiFactory();
        using var factory = api.WithWebHostBuilder(b => b.UseSetting("urls", "http://127.0.0.1:0"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        client.DefaultRequestHeaders.Authorization = new("Bearer", api.Tokens.Create("cto@example.org"));
        var id = api.Store("soak.xlsx");
        var huge = new string('x', (int)(RequestBodyLimitBytes + 1024 * 1024));
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var longWhy = $"{{\"workbookId\":\"{id}\",\"initiativeId\":\"DOC-0228\",\"type\":\"Continue\",\"why\":\"{new string('w', 20 * 1024 * 1024)}\"}}";

        var attacks = Enumerable.Range(0, Concurrent).SelectMany(_ => new[]
        {
            SendAsync(client, "/api/review?workbookId=" + id, huge, chunked: true),
            SendAsync(client, "/api/review", deep, chunked: false),
            SendAsync(client, "/api/decisions", longWhy, chunked: false),
        }).ToArray();
        var health = new List<HttpStatusCode>();
        var all = Task.WhenAll(attacks);
        do
        {
            using var answer = await client.GetAsync("/api/health");
            health.Add(answer.StatusCode);
        }
        while (!all.IsCompleted);
        var refused = await all;

        Assert.All(refused, status => Assert.InRange((int)status, 400, 499));
        Assert.Equal(Concurrent, refused.Count(s => s == HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(2 * Concurrent, refused.Count(s => s == HttpStatusCode.BadRequest));
        Assert.NotEmpty(health);
        Assert.All(health, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.False(File.Exists(Path.Combine(api.DecisionsDirectory, "soak.xlsx.decisions.jsonl")));
    }

    private static long RequestBodyLimitBytes => OfficeGovernance.Functions.Http.RequestBodyLimit.MaxRequestBodyBytes;

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string path, string body, bool chunked)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TransferEncodingChunked = chunked;
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
