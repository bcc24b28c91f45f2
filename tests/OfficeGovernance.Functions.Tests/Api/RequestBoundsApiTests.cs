using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// The request bounds (<c>Http:*</c>; docs/rules.md#request-bounds; issue 23, finding 2) through <c>serve</c>: bytes (a chunked
/// body too, on a real Kestrel), rows per table, cells per request, JSON depth, and the problems listed in one answer.
/// Each replay is the finding's shape at a bounded size, with a small limit configured so that it is still past it.
/// </summary>
public sealed class RequestBoundsApiTests
{
    [Fact]
    public async Task Review_ChunkedBodyPastByteLimitOnKestrel_Answers413()
    {
        using var api = new ApiFactory();
        using var factory = api.WithWebHostBuilder(b => b.UseSetting("Http:MaxRequestBytes", "1000").UseSetting("urls", "http://127.0.0.1:0"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", api.Tokens.Create("cto@example.org"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/review?workbookId={api.Store("big.xlsx")}")
        {
            Content = new StringContent(Body(Table("Observations", 200, 1)), Encoding.UTF8, "application/json"),
        };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Http:MaxRequestBytes", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/review")]
    [InlineData("/api/finance-report")]
    public async Task Post_MillionRowReplayPastRowLimit_Answers400NamingTableAndLimit(string path)
    {
        // Finding 2 sent 1,000,000 rows; 5,000 against a limit of 1,000 is the same refusal at a bounded size.
        using var api = new ApiFactory();
        using var factory = api.WithWebHostBuilder(b => b.UseSetting("Http:MaxTableRows", "1000"));
        using var client = Authorized(factory, api);

        var response = await client.PostAsync(path, Json(Body(Table("Observations", 5000, 1), api.Store("rows.xlsx"))));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tables[0] (Observations): has more than 1000 rows", text);
        Assert.Contains("Http:MaxTableRows", text);
        Assert.True(text.Length < 2000, $"the answer is {text.Length} characters");
    }

    [Fact]
    public async Task Review_CellsPastRequestLimit_Answers400NamingTheTableWherePassed()
    {
        using var api = new ApiFactory();
        using var factory = api.WithWebHostBuilder(b => b.UseSetting("Http:MaxRequestCells", "100"));
        using var client = Authorized(factory, api);

        var response = await client.PostAsync("/api/review", Json(Body($"{Table("Metrics", 10, 6)},{Table("Spend", 10, 6)}", api.Store("cells.xlsx"))));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tables[1] (Spend): brings the request past 100 cells", text);
        Assert.Contains("Http:MaxRequestCells", text);
    }

    [Theory]
    [InlineData("/api/review")]
    [InlineData("/api/decisions")]
    [InlineData("/api/classify")]
    public async Task Post_JsonDeeperThanLimit_Answers400NamingTheSetting(string path)
    {
        using var api = new ApiFactory();
        using var client = Authorized(api, api);
        var deep = "{\"tables\":" + new string('[', 40) + new string(']', 40) + "}";

        var response = await client.PostAsync(path, Json(deep));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nests deeper than 16 levels", text);
        Assert.Contains("Http:MaxJsonDepth", text);
    }

    [Fact]
    public async Task Review_ThousandBadCells_ListsTheFirst200AndCountsTheRest()
    {
        using var api = new ApiFactory();
        using var client = Authorized(api, api);

        // Every cell an array, which is not a cell value: one problem per row.
        var response = await client.PostAsync("/api/review", Json(Body(Table("Observations", 1000, 1, "[1]"), api.Store("bad.xlsx"))));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(201, errors.Count);
        Assert.Equal("and 800 more problem(s), not listed.", errors[^1]);
        Assert.StartsWith("1000 problem(s)", problem.RootElement.GetProperty("detail").GetString());
    }

    private static HttpClient Authorized(WebApplicationFactory<OfficeGovernance.Cli.Serve.ServeHost> factory, ApiFactory api)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", api.Tokens.Create("cto@example.org"));
        return client;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Body(string tables, string? workbookId = null) =>
        $"{{{(workbookId is null ? "" : $"\"workbookId\":\"{workbookId}\",")}\"asOf\":\"2026-11-20\",\"tables\":[{tables}]}}";

    private static string Table(string name, int rows, int cells, string cell = "1")
    {
        var headers = string.Join(",", Enumerable.Range(1, cells).Select(c => $"\"C{c}\""));
        var row = string.Join(",", Enumerable.Repeat(cell, cells));
        var body = string.Join(",", Enumerable.Range(2, rows).Select(r => $"{{\"sheetRow\":{r},\"cells\":[{row}]}}"));
        return $"{{\"name\":\"{name}\",\"sheet\":\"{name}\",\"firstColumn\":1,\"headerRow\":1,\"headers\":[{headers}],\"rows\":[{body}]}}";
    }
}
