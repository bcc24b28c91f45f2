using System.Text.Json.Nodes;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Azurite;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Functions.Tests.Http.Workbooks;

/// <summary>
/// Workbooks in Graph: who may read one is asked of Graph on behalf of the caller (the on-behalf-of exchange answered
/// by the fake's token endpoint), so a caller Graph refuses for a drive item gets 404 and nothing is written.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GraphWorkbookAccessTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Drive = "b!drive-7";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly string _item = "item-" + Guid.NewGuid().ToString("N")[..12];
    private FakeGraphServer _graph = null!;
    private FunctionsHost _host = null!;

    private string WorkbookId => Drive + "/" + _item;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _graph.AddFile(Drive, _item, Sample.WithWorkbookId());
        _graph.GrantRead(Drive, _item, "cto@example.org");
        _host = new FunctionsHost(new Dictionary<string, string?>
        {
            ["Auth:ClientId"] = "22222222-3333-4444-5555-666666666666",
            ["Workbooks:Store"] = "Graph",
            ["Graph:BaseUrl"] = _graph.BaseUrl.AbsoluteUri,
            ["Graph:Credential"] = "None",
            ["DecisionLog:TableConnection"] = azurite.ConnectionString,
        }, services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            services.AddSingleton(new GraphSettings(_graph.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
            services.AddSingleton<IClientAssertion>(new FixedAssertion());
            services.AddSingleton(new OnBehalfOfCredentialOptions
            {
                AuthorityHost = new Uri("https://login.microsoftonline.com/"),
                DisableInstanceDiscovery = true,
                Transport = new HttpClientTransport(new HttpClient(new LoopbackRedirect(_graph.BaseUrl))),
            });
        });
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task ListDecisions_CallerGraphRefuses_Answers404()
    {
        var answer = await List("mallory@example.org");

        Assert.Equal(404, answer.Status);
        Assert.Equal(["mallory@example.org"], _graph.OnBehalfOfExchanges);
    }

    [Fact]
    public async Task ListDecisions_CallerWhoCanRead_AnswersTheLog()
    {
        var answer = await List("cto@example.org");

        Assert.Equal(200, answer.Status);
        Assert.Equal(0, answer.Body.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Decide_CallerGraphRefuses_Answers404AndWritesNothing()
    {
        var answer = await Decide("mallory@example.org");

        Assert.Equal(404, answer.Status);
        Assert.Equal(200, (await List("cto@example.org")).Status);
        Assert.Equal(0, (await List("cto@example.org")).Body.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Decide_EntitledReader_IsRecordedAndTheWeeklyRunCopiesItIntoTheWorkbook()
    {
        var answer = await Decide("cto@example.org");
        await _host.Function<OfficeGovernance.Functions.WeeklyStatus.WeeklyStatusFunctions>().WeeklyStatusWorkbook(WorkbookId, CancellationToken.None);

        Assert.Equal(201, answer.Status);
        using var saved = new MemoryStream(_graph.File(Drive, _item).Content);
        var log = Assert.Single(new WorkbookTableReader().Read(saved, ["DecisionLog"], "saved.xlsx"));
        var row = Assert.Single(log.Rows);
        Assert.Contains(row.Cells, c => c.Text == "DOC-0228");
        Assert.Contains(row.Cells, c => c.Text == "cto@example.org");
    }

    [Fact]
    public async Task Access_SameCallerAndItemTwice_ChecksOnBehalfOfTheCallerOnce()
    {
        await List("cto@example.org");
        await List("cto@example.org");

        Assert.Single(_graph.OnBehalfOfExchanges);
        // Each listing reads the stored workbook once (its Settings.WorkbookId keys the shared log); the caller's
        // read check is the one further request, made once and then cached.
        var reads = _graph.Requests($"/v1.0/drives/{Drive}/items/{_item}/content");
        Assert.Equal(2, reads);
        Assert.Equal(reads + 1, _graph.Requests($"/v1.0/drives/{Drive}/items/{_item}"));
    }

    [Fact]
    public async Task Review_PostedTablesOfABoundWorkbook_ReadsItsLogWithoutDownloadingTheWorkbook()
    {
        await Decide("cto@example.org");
        var downloads = _graph.Requests($"/v1.0/drives/{Drive}/items/{_item}/content");

        var answer = await Review("cto@example.org", _graph.File(Drive, _item).Content);

        Assert.Equal(200, answer.Status);
        Assert.Equal(downloads, _graph.Requests($"/v1.0/drives/{Drive}/items/{_item}/content"));
    }

    [Fact]
    public async Task Review_PostedTablesClaimingAnotherLog_ReadsTheStoredWorkbooksIdInOneDownload()
    {
        await Decide("cto@example.org");
        var downloads = _graph.Requests($"/v1.0/drives/{Drive}/items/{_item}/content");

        // Tables claiming a WorkbookId whose log this drive item does not hold: the claim is not trusted, the stored
        // workbook's own id is read (one download) and its log reviewed, as for tables that tell the truth.
        var claimed = await Review("cto@example.org", Sample.WithWorkbookId());
        Assert.Equal(downloads + 1, _graph.Requests($"/v1.0/drives/{Drive}/items/{_item}/content"));
        var truthful = await Review("cto@example.org", _graph.File(Drive, _item).Content);

        Assert.Equal(200, claimed.Status);
        Assert.Equal(truthful.Body.ToString(), claimed.Body.ToString());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task FinanceReport_CallerGraphRefuses_Answers404AndNothingOfTheReport(string method)
    {
        await Decide("cto@example.org");
        var api = _host.Function<FinanceApi>();
        var request = FinanceRequest(method, "mallory@example.org");

        var answer = await Answer.Of(method == "GET" ? await api.FinanceReport(request, CancellationToken.None)
            : await api.FinanceReportOfTables(request, CancellationToken.None), request);

        Assert.Equal(404, answer.Status);
        Assert.DoesNotContain("DOC-0228", answer.Body.ToString(), StringComparison.Ordinal);
        Assert.False(answer.Body.TryGetProperty("log", out _));
    }

    [Fact]
    public async Task FinanceReport_CallerWhoCanRead_AnswersTheReportOfTheStoredWorkbooksLog()
    {
        await Decide("cto@example.org");
        var request = FinanceRequest("GET", "cto@example.org");

        var answer = await Answer.Of(await _host.Function<FinanceApi>().FinanceReport(request, CancellationToken.None), request);

        Assert.Equal(200, answer.Status);
        Assert.Equal(1, answer.Body.GetProperty("log").GetProperty("entryCount").GetInt32());
        Assert.True(answer.Body.GetProperty("log").GetProperty("isIntact").GetBoolean());
    }

    private Microsoft.AspNetCore.Http.HttpRequest FinanceRequest(string method, string caller)
    {
        var request = method == "GET"
            ? _host.Request("GET", $"/api/finance-report?workbookId={Uri.EscapeDataString(WorkbookId)}&asOf=2026-11-20", caller,
                bearer: _host.Tokens.Create(caller, now: Now))
            : _host.Request("POST", "/api/finance-report", caller, new JsonObject { ["workbookId"] = WorkbookId, ["asOf"] = "2026-11-20" }.ToJsonString(),
                _host.Tokens.Create(caller, now: Now));
        request.Headers.Accept = "application/json";
        return request;
    }

    private async Task<Answer> List(string caller)
    {
        var request = _host.Request("GET", $"/api/decisions?workbookId={Uri.EscapeDataString(WorkbookId)}", caller,
            bearer: _host.Tokens.Create(caller, now: Now));
        return await Answer.Of(await _host.Function<DecisionsApi>().ListDecisions(request, CancellationToken.None), request);
    }

    private async Task<Answer> Review(string caller, byte[] postedWorkbook)
    {
        var tables = PortfolioTables.ToOutputTables(PortfolioWorkbookFile.Parse(postedWorkbook, "posted.xlsx")).Select(PostedTable);
        var body = new JsonObject { ["workbookId"] = WorkbookId, ["asOf"] = "2026-11-20", ["tables"] = new JsonArray([.. tables]) };
        var request = _host.Request("POST", "/api/review", caller, body.ToJsonString(), _host.Tokens.Create(caller, now: Now));
        return await Answer.Of(await _host.Function<ReviewApi>().Review(request, CancellationToken.None), request);
    }

    // A table as the add-in posts it (the TableData JSON contract).
    private static JsonNode PostedTable(OutputTable table) => new JsonObject
    {
        ["name"] = table.Name,
        ["sheet"] = table.SheetName,
        ["firstColumn"] = 1,
        ["headerRow"] = 1,
        ["headers"] = new JsonArray([.. table.Columns.Select(c => (JsonNode?)c.Header)]),
        ["rows"] = new JsonArray([.. table.Rows.Select((cells, i) => (JsonNode?)new JsonObject
        {
            ["sheetRow"] = i + 2,
            ["cells"] = new JsonArray([.. cells.Select(c => c.Kind switch
            {
                CellKind.Empty => null,
                CellKind.Number => JsonValue.Create(c.Number),
                CellKind.Boolean => JsonValue.Create(c.Number != 0),
                CellKind.Error => new JsonObject { ["error"] = c.Text },
                _ => (JsonNode?)JsonValue.Create(c.Text),
            })]),
        })]),
    };

    private async Task<Answer> Decide(string caller)
    {
        var body = new JsonObject
        {
            ["workbookId"] = WorkbookId, ["initiativeId"] = "DOC-0228", ["type"] = "Continue", ["why"] = "on target two cycles",
        };
        var request = _host.Request("POST", "/api/decisions", caller, body.ToJsonString(), _host.Tokens.Create(caller, now: Now));
        return await Answer.Of(await _host.Function<DecisionsApi>().Decide(request, CancellationToken.None), request);
    }

    private sealed class FixedAssertion : IClientAssertion
    {
        public Task<string> GetAsync(CancellationToken cancellationToken) => Task.FromResult("managed-identity-assertion");
    }
}
