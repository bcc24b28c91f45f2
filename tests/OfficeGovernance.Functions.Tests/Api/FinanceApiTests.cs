using System.Text.Json.Nodes;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// GET and POST /api/finance-report invoked directly: the stored workbook's report as .xlsx or JSON, against its own
/// verified decision log (issue 11; docs/rules.md#finance-report).
/// </summary>
public sealed class FinanceApiTests : IDisposable
{
    private const string Id = "portfolio.xlsx";
    private readonly FunctionsHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task FinanceReport_StoredWorkbook_AnswersTheXlsxAsAnAttachment()
    {
        _host.Store(Id);

        var (status, headers, body) = await Raw(await Get($"/api/finance-report?workbookId={Id}&asOf=2026-11-20&months=3"));

        Assert.Equal(200, status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", headers.ContentType?.MediaType.ToString());
        Assert.Equal("attachment", headers.ContentDisposition?.DispositionType.ToString());
        Assert.Equal("finance-report-2026-11-20.xlsx", headers.ContentDisposition?.FileName.ToString());
        using var document = SpreadsheetDocument.Open(new MemoryStream(body), false);
        var part = document.WorkbookPart!;
        Assert.Equal(6, part.WorksheetParts.Count(w => w.TableDefinitionParts.Any()));
        // Two on the Summary, and the as-of month's beside its table as its layout says (ADR 0031).
        Assert.Equal(3, part.WorksheetParts.Sum(w => w.DrawingsPart?.ChartParts.Count() ?? 0));
        var months = part.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Single(t => t.Table.Name == "FinanceMonths");
        Assert.Equal("A1:D4", months.Table.Reference!.Value);
    }

    [Fact]
    public async Task FinanceReport_AcceptJson_TotalsReconcileWithTheWorkbooksSpendToTheCent()
    {
        _host.Store(Id);
        WriteSampleLog();
        var workbook = PortfolioWorkbookFile.Parse(Sample.Bytes, Id);

        var answer = await Json(await Get($"/api/finance-report?workbookId={Id}&asOf=2026-11-20", json: true));

        Assert.Equal(200, answer.Status);
        var report = answer.Body;
        // Without months: back to the sample's first month with spend (September 2026).
        Assert.Equal(("2026-11-20", "2026-09-01"), (report.GetProperty("asOf").GetString(), report.GetProperty("periodStart").GetString()));
        Assert.Equal(workbook.Settings.Currency, report.GetProperty("currency").GetString());
        var r = report.GetProperty("reconciliation");
        Assert.Equal(workbook.Spend.Sum(s => s.Cost), r.GetProperty("spendTotal").GetDecimal());
        Assert.Equal(r.GetProperty("spendTotal").GetDecimal(),
            r.GetProperty("inPeriodTotal").GetDecimal() + r.GetProperty("beforeTotal").GetDecimal() + r.GetProperty("afterTotal").GetDecimal());
        var months = report.GetProperty("months").EnumerateArray().ToArray();
        Assert.Equal(3, months.Length);
        Assert.Equal(r.GetProperty("inPeriodTotal").GetDecimal(), months.Sum(m => m.GetProperty("spend").GetDecimal()));
        var initiatives = report.GetProperty("initiatives").EnumerateArray().ToArray();
        Assert.Equal(workbook.Initiatives.Count, initiatives.Length);
        Assert.Equal(months[^1].GetProperty("spend").GetDecimal(), initiatives.Sum(i => i.GetProperty("spend").GetDecimal()));
        var asOfMonthSpend = workbook.Spend.Where(s => s.Date >= new DateOnly(2026, 11, 1) && s.Date <= new DateOnly(2026, 11, 20)).Sum(s => s.Cost);
        Assert.Equal(asOfMonthSpend, months[^1].GetProperty("spend").GetDecimal());
        Assert.True(report.GetProperty("log").GetProperty("isIntact").GetBoolean());
        var proposals = Cover(report, "FRB-1386");
        Assert.Equal(("WithinDecisionRights", true, true, "cfo@example.org"),
            (proposals.GetProperty("status").GetString(), proposals.GetProperty("approved").GetBoolean(),
             proposals.GetProperty("verified").GetBoolean(), proposals.GetProperty("approver").GetString()));
        Assert.Contains(report.GetProperty("exceptions").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "OverCapWithoutApproval" && e.GetProperty("initiativeId").GetString() == "DOE-0293");
    }

    [Fact]
    public async Task FinanceReport_BrokenChain_SaysSoAndMarksTheApprovalUnverified()
    {
        _host.Store(Id);
        var lines = WriteSampleLog();
        lines[0] = lines[0].Replace("\"why\":\"", "\"why\":\"edited: ", StringComparison.Ordinal);
        File.WriteAllLines(LogPath(), lines);

        var answer = await Json(await Get($"/api/finance-report?workbookId={Id}&asOf=2026-11-20", json: true));

        Assert.Equal(200, answer.Status);
        var log = answer.Body.GetProperty("log");
        Assert.False(log.GetProperty("isIntact").GetBoolean());
        Assert.Equal(0, log.GetProperty("verifiedCount").GetInt32());
        var proposals = Cover(answer.Body, "FRB-1386");
        Assert.Equal(("Unverified", false, false, "0000sample0009"),
            (proposals.GetProperty("status").GetString(), proposals.GetProperty("approved").GetBoolean(),
             proposals.GetProperty("verified").GetBoolean(), proposals.GetProperty("decisionId").GetString()));
        Assert.Contains(answer.Body.GetProperty("exceptions").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "OverCapWithoutApproval" && e.GetProperty("initiativeId").GetString() == "FRB-1386");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task FinanceReport_WorkbookNotStored_Answers404AndOpensNoLog(string method)
    {
        var request = method == "GET"
            ? _host.Request("GET", "/api/finance-report?workbookId=guessed.xlsx", json: null)
            : _host.Request("POST", "/api/finance-report", json: new JsonObject { ["workbookId"] = "guessed.xlsx" }.ToJsonString());
        request.Headers.Accept = "application/json";
        var api = _host.Function<FinanceApi>();

        var answer = await Json(method == "GET"
            ? await api.FinanceReport(request, CancellationToken.None)
            : await api.FinanceReportOfTables(request, CancellationToken.None), request);

        Assert.Equal(404, answer.Status);
        Assert.DoesNotContain("spend", answer.Body.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(Directory.Exists(Path.Combine(_host.Root, "decisions")) &&
                     Directory.EnumerateFiles(Path.Combine(_host.Root, "decisions")).Any());
    }

    [Theory]
    [InlineData("months=0", "months:")]
    [InlineData("months=37", "months:")]
    [InlineData("months=twelve", "months:")]
    [InlineData("asOf=20-11-2026", "asOf:")]
    public async Task FinanceReport_BadQuery_Answers400NamingTheField(string query, string field)
    {
        _host.Store(Id);

        var answer = await Json(await Get($"/api/finance-report?workbookId={Id}&{query}", json: true));

        Assert.Equal(400, answer.Status);
        Assert.Contains(field, answer.Body.GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinanceReportOfTables_InvalidCell_Answers400NamingTheCell()
    {
        _host.Store(Id);
        var body = new JsonObject
        {
            ["workbookId"] = Id,
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "Spend", ["sheet"] = "Spend", ["firstColumn"] = 1, ["headerRow"] = 1,
                ["headers"] = new JsonArray("InitiativeId", "Date", "Category", "Amount"),
                ["rows"] = new JsonArray(new JsonObject { ["sheetRow"] = 2, ["cells"] = new JsonArray("DOC-0228", 46000, "Licences", new JsonArray()) }),
            }),
        };
        var request = _host.Request("POST", "/api/finance-report", json: body.ToJsonString());

        var answer = await Json(await _host.Function<FinanceApi>().FinanceReportOfTables(request, CancellationToken.None), request);

        Assert.Equal(400, answer.Status);
        Assert.Contains("Spend[Amount] row 1 (Spend!D2)", answer.Body.GetProperty("errors").ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(LogPath()));
    }

    [Theory]
    [InlineData("get")]
    [InlineData("post")]
    public async Task OpenApi_FinanceReport_DeclaresTheXlsxAndTheJsonAnswer(string method)
    {
        var request = _host.Request("GET", "/api/openapi.json", caller: null);

        var answer = await Answer.Of(_host.Function<HealthApi>().OpenApi(request), request);

        var content = answer.Body.GetProperty("paths").GetProperty("/api/finance-report").GetProperty(method)
            .GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal(["application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
            content.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static JsonElement Cover(JsonElement report, string initiativeId) =>
        report.GetProperty("initiatives").EnumerateArray()
            .Single(i => i.GetProperty("initiativeId").GetString() == initiativeId).GetProperty("overage");

    private string LogPath() => _host.Services.GetRequiredService<WorkbookDecisionLogs>().Open(Id, new OfficeGovernance.Domain.Portfolio.PortfolioSettings()) is OfficeGovernance.Domain.DecisionLog.BoundDecisionLog { Inner: var log } ? log.Location : throw new InvalidOperationException("not a file log");

    /// <summary>The committed sample's log as this host's log of the workbook, wherever the host keeps it.</summary>
    private string[] WriteSampleLog()
    {
        var lines = File.ReadAllLines(RepositoryRoot.PathOf("samples/portfolio.xlsx.decisions.jsonl"));
        File.WriteAllLines(LogPath(), lines);
        return lines;
    }

    private HttpRequest _last = null!;

    private async Task<IActionResult> Get(string pathAndQuery, bool json = false)
    {
        _last = _host.Request("GET", pathAndQuery);
        if (json)
        {
            _last.Headers.Accept = "application/json";
        }
        return await _host.Function<FinanceApi>().FinanceReport(_last, CancellationToken.None);
    }

    private Task<Answer> Json(IActionResult action) => Answer.Of(action, _last);

    private static Task<Answer> Json(IActionResult action, HttpRequest request) => Answer.Of(action, request);

    private async Task<(int Status, Microsoft.AspNetCore.Http.Headers.ResponseHeaders Headers, byte[] Body)> Raw(IActionResult action)
    {
        var context = _last.HttpContext;
        await action.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        using var body = new MemoryStream();
        await context.Response.Body.CopyToAsync(body);
        return (context.Response.StatusCode, context.Response.GetTypedHeaders(), body.ToArray());
    }
}
