using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// Issue 23 findings 4, 5 and 7 replayed over HTTP against the file log: retries with an Idempotency-Key, a torn final
/// line, and out-of-range values.
/// </summary>
public sealed class DecisionTrustApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Decide_SameKeySameBodyTwice_Answers200WithTheFirstEntryAndWritesOnce()
    {
        var body = Decision("retried.xlsx");

        var first = await Post(body, "retry-1");
        var second = await Post(body, "retry-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await Json(first)).GetProperty("decisionId").GetString(), (await Json(second)).GetProperty("decisionId").GetString());
        Assert.Single(await File.ReadAllLinesAsync(LogOf("retried.xlsx")));
    }

    [Fact]
    public async Task Decide_SameKeyOtherBody_Answers409AndWritesNothing()
    {
        await Post(Decision("rekeyed.xlsx"), "key-a");
        var before = await File.ReadAllBytesAsync(LogOf("rekeyed.xlsx"));
        var other = Decision("rekeyed.xlsx");
        other["why"] = "another reason";

        var response = await Post(other, "key-a");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("key-a", (await Json(response)).GetProperty("detail").GetString());
        Assert.Equal(before, await File.ReadAllBytesAsync(LogOf("rekeyed.xlsx")));
    }

    [Fact]
    public async Task Decide_TornFinalLine_Answers409NamingTheLineAndWritesNothing()
    {
        await Post(Decision("torn.xlsx"), null);
        await File.AppendAllTextAsync(LogOf("torn.xlsx"), "{\"sequence\":2,\"decisionId\":\"cut-o", new UTF8Encoding(false));
        var before = await File.ReadAllBytesAsync(LogOf("torn.xlsx"));

        var decided = await Post(Decision("torn.xlsx"), null);
        var verified = await api.ClientAs().GetAsync("/api/decisions/verify?workbookId=torn.xlsx");
        var listed = await api.ClientAs().GetAsync("/api/decisions?workbookId=torn.xlsx");

        foreach (var response in new[] { decided, verified, listed })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var detail = (await Json(response)).GetProperty("detail").GetString()!;
            Assert.Contains("Line 2", detail);
            Assert.DoesNotContain(api.Root, detail);
        }
        Assert.Equal(before, await File.ReadAllBytesAsync(LogOf("torn.xlsx")));
    }

    [Theory]
    [InlineData("riskEffect", "7", "Raised")]
    [InlineData("type", "Overage", "amount")]
    [InlineData("why", null, "why: 45,000 characters")]
    public async Task Decide_OutOfRangeValue_Answers400NamingTheFieldAndWritesNothing(string field, string? value, string named)
    {
        var body = Decision("ranges.xlsx");
        body[field] = value ?? new string('x', 45_000);
        body["amount"] = -1_000_000m;

        var response = await Post(body, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(LogOf("ranges.xlsx")));
    }

    [Fact]
    public async Task VerifyAndList_WorkbookListsDecisionsItsLogLacks_RefuseInsteadOfAnEmptyTruth()
    {
        // Finding 6: a written workbook whose DecisionLog table lists nine decisions; no log is kept for it here.
        using var workspace = new SampleWorkspace();
        var write = await new CliHarness().RunAsync("review", "--workbook", workspace.Workbook, "--as-of", "2026-11-20", "--write");
        Assert.Equal(0, write.ExitCode);
        var id = api.Store("no-log-here.xlsx", await File.ReadAllBytesAsync(workspace.Workbook));

        var verified = await api.ClientAs().GetAsync($"/api/decisions/verify?workbookId={id}");
        var listed = await api.ClientAs().GetAsync($"/api/decisions?workbookId={id}");

        Assert.Equal(HttpStatusCode.Conflict, verified.StatusCode);
        var detail = (await Json(verified)).GetProperty("detail").GetString()!;
        Assert.Contains("DecisionLog[DecisionId] row 1", detail);
        Assert.DoesNotContain(api.Root, detail);
        Assert.Equal(HttpStatusCode.BadRequest, listed.StatusCode);
        Assert.False(File.Exists(LogOf(id)));
    }

    private string LogOf(string workbookId) => Path.Combine(api.DecisionsDirectory, workbookId + ".decisions.jsonl");

    private async Task<HttpResponseMessage> Post(JsonObject body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/decisions") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return await api.ClientAs().SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    private JsonObject Decision(string workbookId) => new()
    {
        ["workbookId"] = api.Store(workbookId),
        ["initiativeId"] = "DOC-0228",
        ["type"] = "Continue",
        ["why"] = "On target",
    };
}
