using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// Issue 14, docs/rules.md#hostile-workbooks over HTTP: every hostile or broken workbook of <see cref="HostileWorkbooks"/> is
/// refused by the API as by the CLI (<c>ReviewHostileWorkbookTests</c>): sent as the <c>POST /api/review</c> body, or
/// stored in the workbooks folder and read by <c>GET /api/status/preview</c>, <c>POST /api/decisions</c> and
/// <c>GET /api/finance-report</c> (and <c>POST /api/finance-report</c> with the file as the body, and
/// <c>GET /api/decision-rights</c>), it answers 400 problem details naming the problem (the cell where one is at
/// fault), the stored file stays byte for byte as it was and no decision log is written.
/// </summary>
public sealed class HostileWorkbookApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Every kind goes through every route. The kinds that depend on the file's extension (.xls, .xlsb, .xlsm) are
    // expressed through the workbook id, which is the name the API reads the file under, body or stored.
    public static TheoryData<string> Kinds => HostileWorkbooks.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Review_HostileXlsxBody_Answers400NamingTheProblemAndWritesNothing(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        // The stored workbook is the valid sample, under the hostile file's name: only the body is hostile.
        var stored = HostileWorkbooks.Sample;
        var id = api.Store(IdOf("review-body", hostile), stored);

        var response = await api.ClientAs().PostAsync($"/api/review?workbookId={id}&asOf=2026-11-20", Xlsx(hostile.Build(HostileWorkbooks.Sample)));

        await AssertRefusedAsync(kind, hostile, response);
        AssertUntouched(id, stored);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StatusPreview_HostileStoredWorkbook_Answers400NamingTheProblemAndWritesNothing(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        var bytes = hostile.Build(HostileWorkbooks.Sample);
        var id = api.Store(IdOf("status", hostile), bytes);

        var response = await api.ClientAs().GetAsync($"/api/status/preview?workbookId={id}&asOf=2026-11-20");

        await AssertRefusedAsync(kind, hostile, response);
        AssertUntouched(id, bytes);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Decide_HostileStoredWorkbook_Answers400NamingTheProblemAndRecordsNothing(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        var bytes = hostile.Build(HostileWorkbooks.Sample);
        var id = api.Store(IdOf("decide", hostile), bytes);
        var response = await api.ClientAs("cto@example.org").PostAsJsonAsync("/api/decisions", Decision(id));

        await AssertRefusedAsync(kind, hostile, response);
        AssertUntouched(id, bytes);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FinanceReport_HostileStoredWorkbook_Answers400NamingTheProblemAndWritesNothing(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        var bytes = hostile.Build(HostileWorkbooks.Sample);
        var id = api.Store(IdOf("finance", hostile), bytes);
        using var request = FinanceReport(id);

        var response = await api.ClientAs().SendAsync(request);

        await AssertRefusedAsync(kind, hostile, response);
        AssertUntouched(id, bytes);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FinanceReport_HostileXlsxBody_Answers400NamingTheProblemAndWritesNothing(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        var stored = HostileWorkbooks.Sample;
        var id = api.Store(IdOf("finance-body", hostile), stored);
        using var request = FinanceReport(id, hostile.Build(HostileWorkbooks.Sample));

        var response = await api.ClientAs().SendAsync(request);

        await AssertRefusedAsync(kind, hostile, response);
        AssertUntouched(id, stored);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task DecisionRights_HostileStoredWorkbook_Answers400NamingTheProblem(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        var bytes = hostile.Build(HostileWorkbooks.Sample);
        var id = api.Store(IdOf("rights", hostile), bytes);

        var response = await api.ClientAs().GetAsync($"/api/decision-rights?workbookId={id}&initiativeId=DOC-0228&type=Continue");

        await AssertRefusedAsync(kind, hostile, response);
        AssertUntouched(id, bytes);
    }

    // The control: the same requests on the valid sample succeed, so each refusal above comes from the hostile file.
    [Fact]
    public async Task EveryRoute_ValidSampleSentTheSameWay_Succeeds()
    {
        var sample = HostileWorkbooks.Sample;
        var id = api.Store("control-portfolio.xlsx", sample);
        var client = api.ClientAs("cto@example.org");
        using var finance = FinanceReport(id);
        using var financeBody = FinanceReport(id, sample);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/review?workbookId={id}&asOf=2026-11-20", Xlsx(sample))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/status/preview?workbookId={id}&asOf=2026-11-20")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(finance)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(financeBody)).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await client.GetAsync($"/api/decision-rights?workbookId={id}&initiativeId=DOC-0228&type=Continue")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/decisions", Decision(id))).StatusCode);
    }

    // One id per route and kind, since the fixture's folder is shared; it ends with the kind's file name, so the
    // extension the refusal may depend on is kept.
    private static string IdOf(string route, HostileWorkbook hostile) => $"{route}-{hostile.Kind}-{hostile.FileName}";

    private static ByteArrayContent Xlsx(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        return content;
    }

    // GET of the stored workbook's report, or POST with the .xlsx as the body; the pane's JSON either way.
    private static HttpRequestMessage FinanceReport(string id, byte[]? body = null)
    {
        var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, $"/api/finance-report?workbookId={id}&asOf=2026-11-20")
        {
            Content = body is null ? null : Xlsx(body),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    // A decision the sample's DecisionRights let the CTO record (DecisionsApiServeTests answers 201 for it).
    private static JsonObject Decision(string id) => new()
    {
        ["workbookId"] = id,
        ["initiativeId"] = "DOC-0228",
        ["type"] = "Continue",
        ["why"] = "on target two cycles",
    };

    private static async Task AssertRefusedAsync(string kind, HostileWorkbook hostile, HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind}: {(int)response.StatusCode}{Environment.NewLine}{raw}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(raw);
        Assert.Contains("nothing was changed", problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Contains(errors, e => e.Contains(hostile.Expected, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", raw, StringComparison.Ordinal);
    }

    private void AssertUntouched(string id, byte[] stored)
    {
        Assert.Equal(stored, File.ReadAllBytes(Path.Combine(api.WorkbooksDirectory, id)));
        Assert.Equal([id], Directory.GetFiles(api.WorkbooksDirectory, id + "*").Select(Path.GetFileName));
        var logs = Directory.Exists(api.DecisionsDirectory) ? Directory.GetFiles(api.DecisionsDirectory) : [];
        Assert.DoesNotContain(logs, f => Path.GetFileName(f).Contains(id, StringComparison.Ordinal));
    }
}
