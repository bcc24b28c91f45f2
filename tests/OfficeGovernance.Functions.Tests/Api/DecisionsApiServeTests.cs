using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// POST /api/decisions and the log's verify through serve: decision rights from the stored workbook, a tampered log
/// named, invalid fields named (docs/rules.md#decision-rights, docs/rules.md#decision-log).
/// </summary>
public sealed class DecisionsApiServeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Decide_ApproverWithoutTheRight_Answers403NamingWhoCould()
    {
        var response = await api.ClientAs("portfolio.lead@example.org")
            .PostAsJsonAsync("/api/decisions", Decision("refused.xlsx", "DOC-0228", "Expand"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("could approve instead", problem.GetProperty("detail").GetString());
        Assert.NotEqual(0, problem.GetProperty("couldApprove").GetArrayLength());
        Assert.Empty(await List("refused.xlsx"));
    }

    [Fact]
    public async Task Decide_ApprovedBySomeoneElse_Answers403()
    {
        var body = Decision("impersonation.xlsx", "DOC-0228", "Continue");
        body["approvedBy"] = "cto@example.org";

        var response = await api.ClientAs("analyst@example.org").PostAsJsonAsync("/api/decisions", body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("approvedBy", await response.Content.ReadAsStringAsync());
        Assert.Empty(await List("impersonation.xlsx"));
    }

    [Fact]
    public async Task Decide_Allowed_Answers201AndIsListedAndVerified()
    {
        var body = Decision("allowed.xlsx", "DOC-0228", "Continue");
        body["approvedBy"] = "CTO@example.org";

        var response = await api.ClientAs().PostAsJsonAsync("/api/decisions", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cto@example.org", entry.GetProperty("approvedBy").GetString());
        Assert.Equal(1, entry.GetProperty("sequence").GetInt64());
        var listed = Assert.Single(await List("allowed.xlsx"));
        Assert.Equal(entry.GetProperty("hash").GetString(), listed.GetProperty("hash").GetString());
        var verify = await api.ClientAs().GetAsync("/api/decisions/verify?workbookId=allowed.xlsx");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.True((await verify.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isIntact").GetBoolean());
        Assert.Empty(await List(api.Store("other.xlsx")));
    }

    [Fact]
    public async Task Verify_TamperedLog_Answers409NamingTheEntry()
    {
        await api.ClientAs().PostAsJsonAsync("/api/decisions", Decision("tampered.xlsx", "DOC-0228", "Continue"));
        var file = Path.Combine(api.DecisionsDirectory, "tampered.xlsx.decisions.jsonl");
        File.WriteAllText(file, File.ReadAllText(file).Replace("on target", "off target", StringComparison.Ordinal));

        var response = await api.ClientAs().GetAsync("/api/decisions/verify?workbookId=tampered.xlsx");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("firstBrokenSequence").GetInt64());
    }

    [Theory]
    [InlineData("../allowed.xlsx")]
    [InlineData("..")]
    [InlineData("sub/allowed.xlsx")]
    [InlineData("sub\\allowed.xlsx")]
    public async Task Decisions_PathLikeWorkbookId_AnswersBadRequest(string workbookId)
    {
        var list = await api.ClientAs().GetAsync($"/api/decisions?workbookId={Uri.EscapeDataString(workbookId)}");
        var post = await api.ClientAs().PostAsJsonAsync("/api/decisions", Decision(workbookId, "DOC-0228", "Continue"));

        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    [Fact]
    public async Task Decide_UnknownTypeAndMissingWhy_AnswersBadRequestNamingTheFields()
    {
        var body = Decision("fields.xlsx", "DOC-0228", "Promote");
        body.Remove("why");

        var response = await api.ClientAs().PostAsJsonAsync("/api/decisions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString();
        Assert.Contains("type:", errors);
        Assert.Contains("why:", errors);
    }

    [Theory]
    [InlineData("2026-10")]
    [InlineData(null)]
    public async Task Decide_OverageWithOrWithoutMonth_StoresTheMonthItCovers(string? month)
    {
        var workbook = $"overage-{month ?? "default"}.xlsx";
        var body = Decision(workbook, "DOE-0293", "Overage");
        body["amount"] = 3000;
        if (month is not null)
        {
            body["month"] = month;
        }

        var response = await api.ClientAs("cfo@example.org").PostAsJsonAsync("/api/decisions", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = await response.Content.ReadFromJsonAsync<JsonElement>();
        // Without a month: the month it was logged in, in the sample's time zone (America/New_York).
        var logged = TimeZoneInfo.ConvertTime(entry.GetProperty("timestamp").GetDateTimeOffset(),
            TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var stored = month ?? logged.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(stored, entry.GetProperty("month").GetString());
        Assert.Equal(stored, Assert.Single(await List(workbook)).GetProperty("month").GetString());
    }

    [Theory]
    [InlineData("Overage", "2026-13", "month: '2026-13' is not a month written yyyy-mm")]
    [InlineData("Continue", "2026-11", "month: only an Overage decision names the month it covers")]
    public async Task Decide_BadMonth_Answers400NamingTheFieldAndWritesNothing(string type, string month, string detail)
    {
        var workbook = $"bad-month-{type}.xlsx";
        var body = Decision(workbook, "DOE-0293", type);
        body["amount"] = 3000;
        body["month"] = month;

        var response = await api.ClientAs("cfo@example.org").PostAsJsonAsync("/api/decisions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync());
        Assert.Empty(await List(workbook));
    }

    private JsonObject Decision(string workbookId, string initiative, string type) => new()
    {
        ["workbookId"] = workbookId.IndexOfAny(['/', '\\']) < 0 && workbookId != ".." ? api.Store(workbookId) : workbookId,
        ["initiativeId"] = initiative,
        ["type"] = type,
        ["why"] = "on target two cycles",
    };

    private async Task<JsonElement[]> List(string workbookId)
    {
        var response = await api.ClientAs().GetAsync($"/api/decisions?workbookId={workbookId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").EnumerateArray().ToArray();
    }
}
