using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Azurite;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Functions.Tests.Http;

/// <summary>
/// The weekly run in its Azure shape (Workbooks:Store Graph): workbooks and mail through a fake Graph on loopback,
/// sends recorded in Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WeeklyStatusGraphTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Drive = "b!drive-1";
    private const string Sender = OfficeGovernance.Functions.Samples.SamplePeople.Sender;
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);
    private readonly ApiFactory _api = new();
    private readonly RemoteAddress _caller = new(IPAddress.Loopback);
    // Each test's items are new partitions of the shared Azurite, so no test sees another's records.
    private readonly string _item = "item-" + Guid.NewGuid().ToString("N")[..12];
    private FakeGraphServer _graph = null!;

    private string WorkbookId => Drive + "/" + _item;

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task WeeklyStatus_Graph_SendsOneMimeMailPerRecipientGroupWithHtmlAndText()
    {
        _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        using var host = Host(WorkbookId);

        var response = await Post(host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mails = _graph.SentMime;
        Assert.True(mails.Count > 2);
        Assert.All(mails, mail =>
        {
            Assert.Equal(Sender, mail.Sender);
            Assert.Contains("Content-Type: text/html", mail.Mime);
            Assert.Contains("Content-Type: text/plain", mail.Mime);
            Assert.False(string.IsNullOrEmpty(mail.InternetMessageId));
        });
        Assert.Equal(mails.Count, mails.Select(m => ToHeader(m.Mime)).Distinct().Count());
        Assert.Equal(mails.Count, _graph.Requests("POST", $"/v1.0/users/{Sender}/sendMail"));
    }

    [Fact]
    public async Task WeeklyStatus_Graph_SavesTheReviewTablesWithIfMatch()
    {
        var eTag = _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        using var host = Host(WorkbookId);

        await Post(host);

        var saved = _graph.File(Drive, _item);
        Assert.NotEqual(eTag, saved.ETag);
        Assert.Contains("Review", WorkbookTables.Names(saved.Content));
        Assert.Contains("Initiatives", WorkbookTables.Names(saved.Content));
        Assert.Equal(1, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{_item}/content"));
    }

    [Fact]
    public async Task WeeklyStatus_SecondRunSameWeek_SendsNothing()
    {
        _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        using var host = Host(WorkbookId);
        await Post(host);
        var sent = _graph.SentMime.Count;

        var second = await Post(host);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(sent, _graph.SentMime.Count);
        Assert.Equal(sent, _graph.Requests("POST", $"/v1.0/users/{Sender}/sendMail"));
        Assert.Contains($"0 email(s) sent, {sent} already sent.", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WeeklyStatus_ConcurrentEditBetweenDownloadAndUpload_RereadsAndKeepsTheEdit()
    {
        _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        _graph.EditAfterNextDownload(Drive, _item, WithUserTable(SampleTables.Xlsx(), rows: 3));
        using var host = Host(WorkbookId);

        var response = await Post(host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tables = WorkbookTables.Names(_graph.File(Drive, _item).Content);
        Assert.Contains("UserNotes", tables);
        Assert.Contains("Review", tables);
        Assert.Equal(2, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{_item}/content"));
        Assert.Contains("(attempt 2, after concurrent edits)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WeeklyStatus_ConcurrentEditOnTheLastAttempt_FailsKeepsTheEditAndSendsNothing()
    {
        _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        var edited = WithUserTable(SampleTables.Xlsx(), rows: 3);
        _graph.EditAfterNextDownload(Drive, _item, edited);
        using var host = Host(WorkbookId, maxAttempts: 1);

        var response = await Post(host);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(edited, _graph.File(Drive, _item).Content);
        Assert.Empty(_graph.SentMime);
        Assert.Contains("WorkbookConflictException", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WeeklyStatus_ThrottledWith429_RetriesAndSucceeds()
    {
        _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        _graph.Fail(HttpStatusCode.TooManyRequests, 2, "/content");
        using var host = Host(WorkbookId);

        var response = await Post(host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Review", WorkbookTables.Names(_graph.File(Drive, _item).Content));
        Assert.True(_graph.SentMime.Count > 2);
    }

    [Fact]
    public async Task WeeklyStatus_GraphRequestsPerWorkbook_DoNotGrowWithItsSize()
    {
        var small = _item + "-small";
        var large = _item + "-large";
        var largeBytes = WithUserTable(SampleTables.Xlsx(), rows: 40_000);
        Assert.True(largeBytes.Length > 8 * SampleTables.Xlsx().Length, $"{largeBytes.Length} vs {SampleTables.Xlsx().Length}");
        _graph.AddFile(Drive, small, SampleTables.Xlsx());
        _graph.AddFile(Drive, large, largeBytes);
        using var host = Host($"{Drive}/{small};{Drive}/{large}");

        var response = await Post(host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Item, content (302), the download URL and the PUT per workbook; then one sendMail per email.
        Assert.Equal(2 * 4 + _graph.SentMime.Count, _graph.TotalRequests);
        Assert.Equal(_graph.Requests($"/v1.0/drives/{Drive}/items/{small}"), _graph.Requests($"/v1.0/drives/{Drive}/items/{large}"));
        Assert.Equal(_graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{small}/content"),
            _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{large}/content"));
    }

    [Fact]
    public async Task WeeklyStatus_MissingDriveItem_OtherWorkbooksRunAndTheInvocationFails()
    {
        _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        using var host = Host($"{Drive}/no-such-item;{WorkbookId}");

        var response = await Post(host);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var logs = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("Logs").ToString();
        Assert.Contains($"{Drive}/no-such-item: failed: FileNotFoundException", logs);
        Assert.Contains($"{WorkbookId}: reviewed 24 initiatives", logs);
        Assert.True(_graph.SentMime.Count > 2);
    }

    [Fact]
    public async Task WeeklyStatus_DecisionRecordedThroughTheApi_IsInTheSavedDecisionLogTable()
    {
        _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        using var host = Host(WorkbookId);
        using var client = SignedInClient(host);
        var decision = new System.Text.Json.Nodes.JsonObject
        {
            ["workbookId"] = WorkbookId, ["tables"] = SampleTables.Json(), ["initiativeId"] = "DOC-0228",
            ["type"] = "Continue", ["why"] = "on target two cycles",
        };

        var recorded = await client.PostAsync("/api/decisions",
            new StringContent(decision.ToJsonString(), Encoding.UTF8, "application/json"));
        var run = await Post(host);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        using var saved = new MemoryStream(_graph.File(Drive, _item).Content);
        var log = Assert.Single(new WorkbookTableReader().Read(saved, ["DecisionLog"], "saved.xlsx"));
        var row = Assert.Single(log.Rows);
        Assert.Contains(row.Cells, c => c.Text == "DOC-0228");
        Assert.Contains(row.Cells, c => c.Text == "cto@example.org");
    }

    [Fact]
    public async Task StatusPreview_GraphStore_ReadsTheDriveItemThroughGraph()
    {
        _graph.AddFile(Drive, _item, SampleTables.Xlsx());
        using var host = Host(WorkbookId);
        using var client = SignedInClient(host);

        var preview = await client.GetAsync($"/api/status/preview?workbookId={Uri.EscapeDataString(WorkbookId)}&asOf=2026-11-20");
        var fileName = await client.GetAsync("/api/status/preview?workbookId=portfolio.xlsx");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(1, _graph.Requests($"/v1.0/drives/{Drive}/items/{_item}"));
        Assert.Equal(HttpStatusCode.BadRequest, fileName.StatusCode);
        Assert.Contains("driveId/itemId", await fileName.Content.ReadAsStringAsync());
    }

    private WebApplicationFactory<Program> Host(string workbooks, int maxAttempts = 3) => _api.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("WeeklyStatus:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Workbooks:Store", "Graph");
        builder.UseSetting("Graph:BaseUrl", _graph.BaseUrl.AbsoluteUri);
        builder.UseSetting("Graph:Credential", "None");
        builder.UseSetting("DecisionLog:TableConnection", azurite.ConnectionString);
        builder.UseSetting("WeeklyStatus:Workbooks", workbooks);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(_caller);
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            // Retry-After is honoured but not slept through in tests.
            services.AddSingleton(new GraphSettings(_graph.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
        });
    });

    private HttpClient SignedInClient(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", _api.Tokens.Create("cto@example.org", now: Now));
        return client;
    }

    private static Task<HttpResponseMessage> Post(WebApplicationFactory<Program> host) =>
        host.CreateClient().PostAsync("/WeeklyStatus", new StringContent("{\"Data\":{},\"Metadata\":{}}", Encoding.UTF8, "application/json"));

    private static string ToHeader(string mime) =>
        mime.Split("\r\n").First(line => line.StartsWith("To:", StringComparison.Ordinal));

    /// <summary>The workbook with a table of the user's own on a new sheet: an edit the weekly run must keep.</summary>
    private static byte[] WithUserTable(byte[] workbook, int rows)
    {
        var table = new OutputTable("UserNotes", "UserNotes", [new OutputColumn("Note"), new OutputColumn("By")],
            Enumerable.Range(1, rows).Select(i => (IReadOnlyList<CellValue>)
                [CellValue.FromText($"Note {i}: follow up on the vendor contract and the pilot's data retention."), CellValue.FromText("ann@example.org")])
            .ToArray());
        return new WorkbookTableWriter().ReplaceTables(workbook, [table]);
    }
}
