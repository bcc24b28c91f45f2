using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Cli.Samples;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>GET and POST /api/finance-report through serve (issue 11; docs/rules.md#finance-report).</summary>
public sealed class FinanceApiServeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task FinanceReport_StoredWorkbook_OpensWithItsTablesFormatsAndCharts()
    {
        var id = api.Store("finance-xlsx.xlsx");

        var response = await api.ClientAs().GetAsync($"/api/finance-report?workbookId={id}&asOf=2026-11-20");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var part = document.WorkbookPart!;
        Assert.Equal(["FinanceAsOfMonth", "FinanceExceptions", "FinanceFacts", "FinanceInitiativeMonths", "FinanceMonths", "FinanceSummary"],
            part.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Select(t => t.Table.Name!.Value!).Order(StringComparer.Ordinal));
        // Two on the Summary, and the as-of month's beside its table as its layout says (ADR 0031).
        Assert.Equal(3, part.WorksheetParts.Sum(w => w.DrawingsPart?.ChartParts.Count() ?? 0));
        var currency = Workbook(id).Settings.Currency;
        Assert.Equal($"#,##0.00 \"{currency}\"", NumberFormatOf(part, Cell(Sheet(part, "Facts"), "G2")));
        Assert.Contains(Sheet(part, "Summary").Worksheet.Descendants<CellFormula>(), f => f.Text.StartsWith("SUMIFS(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FinanceReport_Xlsx_FactsReconcileWithTheWorkbooksSpendToTheCent()
    {
        var id = api.Store("finance-sums.xlsx");

        var response = await api.ClientAs().GetAsync($"/api/finance-report?workbookId={id}&asOf=2026-11-20&months=6");

        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var facts = Sheet(document.WorkbookPart!, "Facts").Worksheet.Descendants<Cell>()
            .Where(c => c.CellReference!.Value!.StartsWith('G') && c.CellReference.Value != "G1")
            .Sum(c => decimal.Parse(c.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
        var spend = Workbook(id).Spend.Where(s => s.Date >= new DateOnly(2026, 6, 1) && s.Date <= new DateOnly(2026, 11, 20)).Sum(s => s.Cost);
        Assert.True(spend > 0);
        Assert.Equal(spend, facts);
    }

    [Fact]
    public async Task FinanceReportOfTables_AcceptJson_AnswersThePanesDocument()
    {
        var body = new JsonObject { ["workbookId"] = api.Store("finance-json.xlsx"), ["asOf"] = "2026-11-20", ["months"] = 2, ["tables"] = SampleTables.Json() };

        var report = await (await Send(HttpMethod.Post, "/api/finance-report", body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("2026-11-20", report.GetProperty("asOf").GetString());
        Assert.Equal(2, report.GetProperty("months").GetArrayLength());
        Assert.Equal(24, report.GetProperty("initiatives").GetArrayLength());
        var first = report.GetProperty("initiatives")[0];
        foreach (var field in new[] { "initiativeId", "name", "status", "spend", "cap", "capUsed", "forecast", "overCap", "hasStaffTime", "overage" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"initiatives[0].{field} is missing");
        }
        var asOfMonth = report.GetProperty("asOfMonth");
        Assert.Equal(report.GetProperty("months")[1].GetProperty("caps").GetDecimal(), asOfMonth.GetProperty("cap").GetDecimal());
        Assert.All(report.GetProperty("overages").EnumerateArray(), o => Assert.True(o.GetProperty("overCap").GetDecimal() > 0));
        Assert.True(report.GetProperty("log").GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task FinanceReport_WorkbookNotStored_Answers404()
    {
        var response = await Send(HttpMethod.Get, "/api/finance-report?workbookId=someone-elses.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task FinanceReportOfTables_InvalidCell_Answers400NamingItAndWritesNothing()
    {
        var id = api.Store("finance-broken-cell.xlsx");
        var stored = File.ReadAllBytes(Path.Combine(api.WorkbooksDirectory, id));
        var tables = SampleTables.Json();
        var initiatives = tables.Single(t => (string?)t!["name"] == "Initiatives")!;
        var headers = initiatives["headers"]!.AsArray().Select(h => (string?)h).ToList();
        initiatives["rows"]![1]!["cells"]![headers.IndexOf("MonthlyBudgetCap")] = "a lot";

        var response = await Send(HttpMethod.Post, "/api/finance-report", new JsonObject { ["workbookId"] = id, ["tables"] = tables });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString();
        Assert.Contains("Initiatives[MonthlyBudgetCap] row 2 (Initiatives!", errors, StringComparison.Ordinal);
        Assert.Equal(stored, File.ReadAllBytes(Path.Combine(api.WorkbooksDirectory, id)));
        Assert.False(File.Exists(LogOf(id)));
    }

    [Fact]
    public async Task FinanceReport_StoredWorkbookWithoutItsLog_Answers400NamingTheMissingDecisions()
    {
        // A workbook the review wrote into (its DecisionLog table lists the sample's nine decisions), stored without its log.
        var sample = SamplePortfolioGenerator.Generate();
        var source = new JsonLinesDecisionLogStore(Path.Combine(api.Root, $"source-{Guid.NewGuid():N}.jsonl"));
        foreach (var draft in sample.Decisions)
        {
            await source.AppendAsync(draft, CancellationToken.None);
        }
        var run = await ReviewRun.RunAsync(sample.Workbook, source, new DateOnly(2026, 11, 20),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        var id = api.Store("finance-without-log.xlsx",
            new WorkbookTableWriter().ReplaceTables(SampleTables.Xlsx(), SystemTables.Build(run.Review, run.Decisions), "finance-without-log.xlsx"));

        var response = await Send(HttpMethod.Get, $"/api/finance-report?workbookId={id}&asOf=2026-11-20");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString();
        Assert.Contains("DecisionLog[DecisionId] row 1 (DecisionLog!B2)", errors, StringComparison.Ordinal);
        Assert.Contains("not in the decision log", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(LogOf(id)));
    }

    [Fact]
    public async Task FinanceReport_BrokenChain_ReportsItAndMarksTheApprovalsUnverified()
    {
        var id = api.Store("finance-broken-chain.xlsx");
        var lines = File.ReadAllLines(RepositoryRoot.PathOf("samples/portfolio.xlsx.decisions.jsonl"));
        lines[4] = lines[4].Replace("\"why\":\"", "\"why\":\"edited: ", StringComparison.Ordinal);
        File.WriteAllLines(LogOf(id), lines);

        var report = await (await Send(HttpMethod.Get, $"/api/finance-report?workbookId={id}&asOf=2026-11-20")).Content.ReadFromJsonAsync<JsonElement>();

        var log = report.GetProperty("log");
        Assert.Equal((false, 9, 4), (log.GetProperty("isIntact").GetBoolean(), log.GetProperty("entryCount").GetInt32(), log.GetProperty("verifiedCount").GetInt32()));
        var covers = report.GetProperty("overages").EnumerateArray().Select(o => o.GetProperty("cover")).Where(c => c.GetProperty("decisionId").GetString() is not null).ToArray();
        Assert.NotEmpty(covers);
        Assert.All(covers, c => Assert.Equal(("Unverified", false, false),
            (c.GetProperty("status").GetString(), c.GetProperty("approved").GetBoolean(), c.GetProperty("verified").GetBoolean())));
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, JsonObject? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await api.ClientAs().SendAsync(request);
    }

    private string LogOf(string id) => api.Services.GetRequiredService<WorkbookDecisionLogs>().Open(id, new OfficeGovernance.Domain.Portfolio.PortfolioSettings()) is OfficeGovernance.Domain.DecisionLog.BoundDecisionLog { Inner: var log } ? log.Location : throw new InvalidOperationException("not a file log");

    private Domain.Portfolio.PortfolioWorkbook Workbook(string id) =>
        PortfolioWorkbookFile.Parse(File.ReadAllBytes(Path.Combine(api.WorkbooksDirectory, id)), id);

    private static WorksheetPart Sheet(WorkbookPart part, string name) =>
        (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

    private static Cell Cell(WorksheetPart sheet, string reference) =>
        sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static string NumberFormatOf(WorkbookPart part, Cell cell)
    {
        var styles = part.WorkbookStylesPart!.Stylesheet;
        var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == id).FormatCode!.Value!;
    }
}
