using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeGovernance.Functions.Tests.Api;

public sealed class ReviewApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_WithoutToken_AnswersOk()
    {
        var response = await api.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_WithoutToken_ListsEveryPath()
    {
        var response = await api.CreateClient().GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paths");
        foreach (var path in new[] { "/api/health", "/api/review", "/api/classify", "/api/decisions", "/api/decisions/verify", "/api/status/preview" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task Review_SampleTablesAsJson_Answers24Initiatives()
    {
        var body = new JsonObject { ["workbookId"] = api.Store("sample-json.xlsx"), ["asOf"] = "2026-11-20", ["tables"] = SampleTables.Json() };

        var response = await api.ClientAs().PostAsJsonAsync("/api/review", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2026-11-20", review.GetProperty("asOf").GetString());
        Assert.Equal(24, review.GetProperty("initiatives").GetArrayLength());
        Assert.True(review.GetProperty("portfolio").TryGetProperty("killOrMergeCandidates", out _));
    }

    [Fact]
    public async Task Review_XlsxBody_AnswersEveryInitiative()
    {
        var content = new ByteArrayContent(SampleTables.Xlsx());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var response = await api.ClientAs().PostAsync($"/api/review?workbookId={api.Store("sample-upload.xlsx")}&asOf=2026-11-20", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(24, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("initiatives").GetArrayLength());
    }

    [Fact]
    public async Task Review_MalformedCells_AnswersProblemWithCellAddresses()
    {
        var tables = SampleTables.Json();
        var initiatives = tables.Single(t => (string?)t!["name"] == "Initiatives")!;
        var headers = initiatives["headers"]!.AsArray().Select(h => (string?)h).ToList();
        var firstRow = initiatives["rows"]![0]!["cells"]!.AsArray();
        firstRow[headers.IndexOf("Stage")] = "Almost done";
        firstRow[headers.IndexOf("Owner")] = new JsonArray();
        var body = new JsonObject { ["workbookId"] = api.Store("broken.xlsx"), ["tables"] = tables };

        var response = await api.ClientAs().PostAsJsonAsync("/api/review", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Contains(errors, e => e.StartsWith("Initiatives[Owner] row 1 (", StringComparison.Ordinal) && e.Contains("!"));
    }

    [Fact]
    public async Task Review_InvalidStage_NamesTheCell()
    {
        var tables = SampleTables.Json();
        var initiatives = tables.Single(t => (string?)t!["name"] == "Initiatives")!;
        var headers = initiatives["headers"]!.AsArray().Select(h => (string?)h).ToList();
        initiatives["rows"]![2]!["cells"]![headers.IndexOf("Stage")] = "Almost done";

        var response = await api.ClientAs().PostAsJsonAsync("/api/review", new JsonObject { ["workbookId"] = api.Store("w.xlsx"), ["tables"] = tables });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString();
        Assert.Contains("Initiatives[Stage] row 3 (", errors);
        Assert.Contains("Almost done", errors);
    }

    [Fact]
    public async Task Review_WorkbookIdWithDotDot_AnswersBadRequest()
    {
        var body = new JsonObject { ["workbookId"] = "../other.xlsx", ["tables"] = SampleTables.Json() };

        var response = await api.ClientAs().PostAsJsonAsync("/api/review", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("workbookId", await response.Content.ReadAsStringAsync());
        Assert.False(Directory.Exists(api.DecisionsDirectory) && Directory.EnumerateFiles(api.DecisionsDirectory, "*other*").Any());
    }

    [Fact]
    public async Task Review_BodyOver50MB_IsRefusedWith413()
    {
        var content = new ByteArrayContent(new byte[60 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var response = await api.ClientAs().PostAsync($"/api/review?workbookId={api.Store("big.xlsx")}", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
