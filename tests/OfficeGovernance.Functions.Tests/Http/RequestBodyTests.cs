using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Http.Handlers;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Functions.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Http;

/// <summary>Unknown members of a JSON body are refused with 400 naming each, through the real functions.</summary>
public sealed class RequestBodyTests : IDisposable
{
    private readonly FunctionsHost _host = new();

    [Fact]
    public async Task ReadJsonAsync_UnknownTopLevelAndNestedMembers_Answers400NamingEach()
    {
        var id = _host.Store("portfolio.xlsx");
        var body = new JsonObject
        {
            ["workbookId"] = id,
            ["asOfDate"] = "2026-11-20",
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "Initiatives", ["sheet"] = "Initiatives", ["firstColumn"] = 1, ["headerRow"] = 1,
                ["headers"] = new JsonArray("InitiativeId"), ["colour"] = "red",
                ["rows"] = new JsonArray(new JsonObject { ["sheetRow"] = 2, ["cells"] = new JsonArray("A-1"), ["note"] = "x" }),
            }),
        };

        var answer = await Post<ReviewApi>("/api/review", body, (api, r) => api.Review(r, CancellationToken.None));

        Assert.Equal(400, answer.Status);
        Assert.Equal(
            ["asOfDate: is not a field of this request; nothing was done.",
             "tables[0].colour: is not a field of this request; nothing was done.",
             "tables[0].rows[0].note: is not a field of this request; nothing was done."],
            answer.Body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ReadJsonAsync_UnknownMemberInRegistration_RegistersNothing()
    {
        var id = _host.Store("portfolio.xlsx");

        var answer = await Post<WorkbooksApi>("/api/workbooks", new JsonObject { ["workbookId"] = id, ["owner"] = "ann@example.org" },
            (api, r) => api.RegisterWorkbook(r, CancellationToken.None));

        Assert.Equal(400, answer.Status);
        Assert.Contains("owner:", answer.Body.GetProperty("errors")[0].GetString());
        Assert.Empty(await _host.Services.GetRequiredService<RegisteredWorkbooks>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadJsonAsync_KnownMembersInAnotherCase_AreAccepted()
    {
        var body = new JsonObject { ["DataTouched"] = new JsonArray("Customer personal"), ["ACTIONS"] = new JsonArray("Summarize") };

        var answer = await Post<ReviewApi>("/api/classify", body, (api, r) => api.Classify(r, CancellationToken.None));

        Assert.Equal(200, answer.Status);
    }

    [Fact]
    public async Task ReadJsonAsync_MalformedJson_StillNamesThePath()
    {
        var request = _host.Request("POST", "/api/classify", json: "{\"actions\": 3}");

        var answer = await Answer.Of(await _host.Function<ReviewApi>().Classify(request, CancellationToken.None), request);

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("$.actions:", answer.Body.GetProperty("errors")[0].GetString());
    }

    [Fact]
    public async Task ReadJsonAsync_ManyUnknownMembers_NamesTheFirst50AndCountsAll()
    {
        var body = new JsonObject();
        for (var i = 0; i < 60; i++)
        {
            body[$"x{i}"] = i;
        }

        var answer = await Post<ReviewApi>("/api/classify", body, (api, r) => api.Classify(r, CancellationToken.None));

        var errors = answer.Body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(RequestBody.MaxNamedUnknownMembers + 1, errors.Length);
        Assert.Equal("body: 60 unknown fields in all.", errors[^1]);
    }

    [Fact]
    public void UnknownMembers_ValuesOfAnyShapeInCells_AreNotMembers()
    {
        var json = """{"tables":[{"name":"T","rows":[{"sheetRow":2,"cells":[{"error":"#N/A"},{"anything":1}]}]}]}"""u8.ToArray();

        Assert.Empty(UnknownMembers.Of(json, typeof(ReviewRequest), new JsonSerializerOptions(JsonSerializerDefaults.Web)));
    }

    public void Dispose() => _host.Dispose();

    private async Task<Answer> Post<T>(string path, JsonObject body, Func<T, Microsoft.AspNetCore.Http.HttpRequest, Task<Microsoft.AspNetCore.Mvc.IActionResult>> call)
    {
        var request = _host.Request("POST", path, json: body.ToJsonString());
        return await Answer.Of(await call(_host.Function<T>(), request), request);
    }
}
