using System.Net;
using System.Text;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Domain.DecisionLog;
using Xunit.Abstractions;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// The soak of issue 23, finding 2, bounded in count and on loopback only: three concurrent worst-case requests of
/// each kind against <c>serve</c> as a child process with the default bounds, while <c>/api/health</c> answers 200
/// throughout, and the server's own peak working set (VmHWM) stays under 1 GB. Each kind gets a fresh server, so its
/// figure is its own: review bodies of a million rows (and a chunked body past the byte limit, JSON nested far past
/// the depth limit), decisions whose Why is megabytes long or at the limit, and list (one page) and verify of a
/// 10,000-entry log at the text limit, both streamed (ADR 0036).
/// </summary>
public sealed class RequestBoundsSoakTests(ITestOutputHelper output)
{
    private const int Concurrent = 3;
    private const long OneGigabyte = 1024L * 1024 * 1024;
    private const int LargeLogEntries = 10_000;

    public enum Kind { Review, Decision, LogRead }

    [Theory]
    [InlineData(Kind.Review)]
    [InlineData(Kind.Decision)]
    [InlineData(Kind.LogRead)]
    public async Task Serve_ThreeConcurrentWorstCaseRequestsOfEachKind_AnsweredUnderOneGigabyteWithHealthThroughout(Kind kind)
    {
        var root = Directory.CreateTempSubdirectory("og-soak-").FullName;
        try
        {
            var (workbooks, decisions) = (Path.Combine(root, "workbooks"), Path.Combine(root, "decisions"));
            Directory.CreateDirectory(workbooks);
            Directory.CreateDirectory(decisions);
            await File.WriteAllBytesAsync(Path.Combine(workbooks, "soak.xlsx"), SampleTables.Xlsx());
            if (kind == Kind.LogRead)
            {
                await WriteLargeLogAsync(Path.Combine(decisions, "soak.xlsx.decisions.jsonl"));
            }
            using var serve = await ServeProcess.StartAsync(new Dictionary<string, string>
            {
                ["Workbooks__Directory"] = workbooks, ["DecisionLog__Directory"] = decisions,
            });
            using var client = new HttpClient { BaseAddress = serve.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            var before = serve.PeakWorkingSet;

            var (answers, health) = await WhileHealthAnswers(client, Attacks(client, kind));

            var peak = serve.PeakWorkingSet;
            output.WriteLine($"{kind}: peak working set {peak / (1024 * 1024)} MB (idle {before / (1024 * 1024)} MB); answers {string.Join(", ", answers)}; {health.Count} health checks");
            Assert.Equal(Expected(kind), answers.Order().ToArray());
            Assert.NotEmpty(health);
            Assert.All(health, status => Assert.Equal(HttpStatusCode.OK, status));
            Assert.InRange(peak, 1, OneGigabyte - 1);
            if (kind == Kind.Decision)
            {
                var log = await File.ReadAllLinesAsync(Path.Combine(decisions, "soak.xlsx.decisions.jsonl"));
                Assert.Equal(Concurrent, log.Length);
                Assert.DoesNotContain(log, line => line.Contains(new string('w', 5_000), StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static HttpStatusCode[] Expected(Kind kind) => (kind switch
    {
        // A million rows of Observations alone: read whole, then refused for the tables it lacks (400).
        Kind.Review => Enumerable.Repeat(HttpStatusCode.BadRequest, 2 * Concurrent - 1).Append(HttpStatusCode.RequestEntityTooLarge),
        Kind.Decision => Enumerable.Repeat(HttpStatusCode.Created, Concurrent).Concat(Enumerable.Repeat(HttpStatusCode.BadRequest, Concurrent)),
        _ => Enumerable.Repeat(HttpStatusCode.OK, 2 * Concurrent),
    }).Order().ToArray();

    private static IEnumerable<Func<Task<HttpStatusCode>>> Attacks(HttpClient client, Kind kind)
    {
        switch (kind)
        {
            case Kind.Review:
                var million = MillionRowReview();
                var huge = new string('x', (int)(OfficeGovernance.Functions.Http.RequestBodyLimit.MaxRequestBodyBytes + 1024 * 1024));
                var deep = new string('[', 100_000) + new string(']', 100_000);
                return Enumerable.Range(0, Concurrent).Select(_ => (Func<Task<HttpStatusCode>>)(() => Send(client, "/api/review", million, false)))
                    .Append(() => Send(client, "/api/review?workbookId=soak.xlsx", Encoding.UTF8.GetBytes(huge), true))
                    .Concat(Enumerable.Range(0, Concurrent - 1).Select(_ => (Func<Task<HttpStatusCode>>)(() => Send(client, "/api/review", Encoding.UTF8.GetBytes(deep), false))));
            case Kind.Decision:
                return Enumerable.Range(0, Concurrent).SelectMany(i => new Func<Task<HttpStatusCode>>[]
                {
                    () => Send(client, "/api/decisions", Decision(new string('w', 20 * 1024 * 1024)), false),
                    () => Send(client, "/api/decisions", Decision(new string('v', 4_000)), false),
                });
            default:
                return Enumerable.Range(0, Concurrent).SelectMany(_ => new Func<Task<HttpStatusCode>>[]
                {
                    () => Get(client, "/api/decisions?workbookId=soak.xlsx"),
                    () => Get(client, "/api/decisions/verify?workbookId=soak.xlsx"),
                });
        }
    }

    private static async Task<(HttpStatusCode[] Answers, List<HttpStatusCode> Health)> WhileHealthAnswers(
        HttpClient client, IEnumerable<Func<Task<HttpStatusCode>>> attacks)
    {
        var all = Task.WhenAll(attacks.Select(attack => Task.Run(attack)));
        var health = new List<HttpStatusCode>();
        do
        {
            using var answer = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
            health.Add(answer.StatusCode);
            await Task.WhenAny(all, Task.Delay(200));
        }
        while (!all.IsCompleted);
        return (await all, health);
    }

    // 1,000,000 rows (the default Http:MaxTableRows is 1,040,000) of five cells, 47 MB: within every default bound.
    private static byte[] MillionRowReview()
    {
        var json = new StringBuilder(48 * 1024 * 1024);
        json.Append("""{"workbookId":"soak.xlsx","tables":[{"name":"Observations","sheet":"Observations","firstColumn":1,"headerRow":1,"headers":["InitiativeId","Metric","PeriodEnd","Value","Source"],"rows":[""");
        for (var i = 0; i < 1_000_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"sheetRow\":").Append(i + 2).Append(",\"cells\":[\"I").Append(i % 10)
                .Append("\",\"M\",1,").Append(i % 7).Append(",\"s\"]}");
        }
        return Encoding.UTF8.GetBytes(json.Append("]}]}").ToString());
    }

    private static byte[] Decision(string why) => Encoding.UTF8.GetBytes(
        $"{{\"workbookId\":\"soak.xlsx\",\"initiativeId\":\"DOC-0228\",\"type\":\"Continue\",\"why\":\"{why}\"}}");

    // A log of 10,000 entries whose Why is at the 4,000-character limit: 40 MB, written as the file log writes it (its
    // chain computed by DecisionChain), not through the API, so the soak stays within CI's time.
    private static async Task WriteLargeLogAsync(string path)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        DecisionEntry? head = null;
        var why = new string('y', 4_000);
        for (var i = 1; i <= LargeLogEntries; i++)
        {
            var draft = new DecisionDraftBuilder().WithId($"soak-{i:00000}")
                .With(d => d with { Timestamp = d.Timestamp.AddMinutes(i), Why = why }).Build();
            head = DecisionChain.Next(draft, head);
            await writer.WriteAsync(DecisionLogEntryJson.Serialize(head) + "\n");
        }
    }

    private static async Task<HttpStatusCode> Send(HttpClient client, string path, byte[] body, bool chunked)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        if (path.EndsWith("decisions", StringComparison.Ordinal))
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode;
    }
}
