using System.Text.Json.Nodes;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// The decision functions invoked directly, as the worker does after its middleware authenticated the caller: the
/// rules come from the stored workbook, never from the request (docs/rules.md#authorization).
/// </summary>
public sealed class DecisionsApiTests : IDisposable
{
    private readonly FunctionsHost _host = new();

    [Fact]
    public async Task Decide_ForgedDecisionRightsInTheBody_Answers400NamingTablesAndLeavesTheLogAsItWas()
    {
        _host.Store("portfolio.xlsx");
        await Decide("cto@example.org", "DOC-0228", "Continue");
        var log = File.ReadAllBytes(Path.Combine(_host.Root, "decisions", "portfolio.xlsx.decisions.jsonl"));
        var forged = Body("DOC-0228", "Launch");
        forged["tables"] = new JsonArray(new JsonObject
        {
            ["name"] = "DecisionRights", ["sheet"] = "DecisionRights", ["firstColumn"] = 1, ["headerRow"] = 1,
            ["headers"] = new JsonArray("DecisionType", "Approver", "Scope"),
            ["rows"] = new JsonArray(new JsonObject { ["sheetRow"] = 2, ["cells"] = new JsonArray("Launch", "mallory@example.org", "*") }),
        });

        var answer = await Invoke("mallory@example.org", forged);
        var withoutTables = await Invoke("mallory@example.org", Body("DOC-0228", "Launch"));

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("tables: is not a field of this request", answer.Body.GetProperty("errors")[0].GetString());
        Assert.Equal(403, withoutTables.Status);
        Assert.Contains("mallory@example.org may not decide Launch", withoutTables.Body.GetProperty("detail").GetString());
        Assert.Equal(log, File.ReadAllBytes(Path.Combine(_host.Root, "decisions", "portfolio.xlsx.decisions.jsonl")));
    }

    [Fact]
    public async Task Decide_EntitledCaller_Answers201WithTheCallerAsApprover()
    {
        _host.Store("portfolio.xlsx");

        var answer = await Decide("CTO@example.org", "DOC-0228", "Continue");

        Assert.Equal(201, answer.Status);
        Assert.Equal("CTO@example.org", answer.Body.GetProperty("approvedBy").GetString());
    }

    [Fact]
    public async Task Decide_WorkbookNotStored_Answers404AndCreatesNoLog()
    {
        var answer = await Decide("cto@example.org", "DOC-0228", "Continue", workbookId: "guessed.xlsx");

        Assert.Equal(404, answer.Status);
        Assert.False(File.Exists(Path.Combine(_host.Root, "decisions", "guessed.xlsx.decisions.jsonl")));
    }

    [Theory]
    [InlineData("GET", "/api/decisions?workbookId=guessed.xlsx")]
    [InlineData("GET", "/api/decisions/verify?workbookId=guessed.xlsx")]
    [InlineData("GET", "/api/decision-rights?workbookId=guessed.xlsx&initiativeId=DOC-0228&type=Expand")]
    public async Task Read_WorkbookTheCallerCannotRead_Answers404(string method, string path)
    {
        var api = _host.Function<DecisionsApi>();
        var request = _host.Request(method, path);

        var action = path.StartsWith("/api/decisions/verify", StringComparison.Ordinal) ? await api.VerifyDecisions(request, CancellationToken.None)
            : path.StartsWith("/api/decisions", StringComparison.Ordinal) ? await api.ListDecisions(request, CancellationToken.None)
            : await api.DecisionRights(request, CancellationToken.None);

        Assert.Equal(404, (await Answer.Of(action, request)).Status);
    }

    [Theory]
    [InlineData("portfolio.lead@example.org", "Expand", "0", false)]
    [InlineData("cto@example.org", "Expand", "0", true)]
    public async Task DecisionRights_StoredWorkbook_SaysWhoMayApprove(string caller, string type, string amount, bool mayApprove)
    {
        _host.Store("portfolio.xlsx");
        var request = _host.Request("GET", $"/api/decision-rights?workbookId=portfolio.xlsx&initiativeId=doc-0228&type={type}&amount={amount}", caller);

        var answer = await Answer.Of(await _host.Function<DecisionsApi>().DecisionRights(request, CancellationToken.None), request);

        Assert.Equal(200, answer.Status);
        Assert.Equal("DOC-0228", answer.Body.GetProperty("initiativeId").GetString());
        Assert.Equal(mayApprove, answer.Body.GetProperty("callerMayApprove").GetBoolean());
        Assert.Contains("cto@example.org", answer.Body.GetProperty("approvers").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task DecisionRights_BadQuery_Answers400NamingEachField()
    {
        var request = _host.Request("GET", "/api/decision-rights?workbookId=../x.xlsx&type=Promote&amount=-3");

        var answer = await Answer.Of(await _host.Function<DecisionsApi>().DecisionRights(request, CancellationToken.None), request);

        Assert.Equal(400, answer.Status);
        var errors = answer.Body.GetProperty("errors").ToString();
        Assert.Contains("workbookId:", errors);
        Assert.Contains("initiativeId:", errors);
        Assert.Contains("type:", errors);
        Assert.Contains("amount:", errors);
    }

    public void Dispose() => _host.Dispose();

    private Task<Answer> Decide(string caller, string initiative, string type, string workbookId = "portfolio.xlsx") =>
        Invoke(caller, Body(initiative, type, workbookId));

    private async Task<Answer> Invoke(string caller, JsonObject body)
    {
        var request = _host.Request("POST", "/api/decisions", caller, body.ToJsonString());
        return await Answer.Of(await _host.Function<DecisionsApi>().Decide(request, CancellationToken.None), request);
    }

    private static JsonObject Body(string initiative, string type, string workbookId = "portfolio.xlsx") => new()
    {
        ["workbookId"] = workbookId, ["initiativeId"] = initiative, ["type"] = type, ["why"] = "two cycles at target",
    };
}
