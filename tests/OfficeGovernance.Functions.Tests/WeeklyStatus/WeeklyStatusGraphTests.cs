using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Functions.WeeklyStatus;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Azurite;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Functions.Tests.WeeklyStatus;

/// <summary>
/// The weekly run in its Azure shape (Workbooks:Store Graph): workbooks and mail through a fake Graph on loopback,
/// sends recorded in Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WeeklyStatusGraphTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Drive = "b!drive-1";
    private const string Sender = Sample.Sender;
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);
    // Each test's items are new partitions of the shared Azurite, so no test sees another's records.
    private readonly string _item = "item-" + Guid.NewGuid().ToString("N")[..12];
    // And each test's workbook its own WorkbookId, so its shared decision log is its own too.
    private readonly byte[] _sample = Sample.WithWorkbookId();
    private FakeGraphServer _graph = null!;

    private string WorkbookId => Drive + "/" + _item;

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task WeeklyStatus_Graph_SendsOneMimeMailPerRecipientGroupWithHtmlAndText()
    {
        _graph.AddFile(Drive, _item, _sample);
        using var host = Host(WorkbookId);

        var failures = await Run(host);

        Assert.Empty(failures);
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
        var eTag = _graph.AddFile(Drive, _item, _sample);
        using var host = Host(WorkbookId);

        await Run(host);

        var saved = _graph.File(Drive, _item);
        Assert.NotEqual(eTag, saved.ETag);
        Assert.Contains("Review", WorkbookTables.Names(saved.Content));
        Assert.Contains("Initiatives", WorkbookTables.Names(saved.Content));
        Assert.Equal(1, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{_item}/content"));
    }

    [Fact]
    public async Task WeeklyStatus_WorkbookWithoutWorkbookId_WritesOneInTheSameSave()
    {
        _graph.AddFile(Drive, _item, Sample.WithoutWorkbookId());
        using var host = Host(WorkbookId);

        Assert.Empty(await Run(host));

        var saved = _graph.File(Drive, _item).Content;
        Assert.NotNull(OfficeGovernance.Infrastructure.Workbooks.PortfolioWorkbookFile.ParseSettings(saved, "saved.xlsx").WorkbookId);
        Assert.Contains("Review", WorkbookTables.Names(saved));
        Assert.Equal(1, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{_item}/content"));
    }

    [Fact]
    public async Task WeeklyStatus_TwoWorkbooksWithoutWorkbookId_OneUploadEachHoldingItsIdAndTables()
    {
        var second = _item + "-second";
        _graph.AddFile(Drive, _item, Sample.WithoutWorkbookId());
        _graph.AddFile(Drive, second, Sample.WithoutWorkbookId());
        using var host = Host($"{WorkbookId};{Drive}/{second}");

        Assert.Empty(await Run(host));

        var ids = new List<Guid>();
        foreach (var item in new[] { _item, second })
        {
            Assert.Equal(1, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{item}/content"));
            var saved = _graph.File(Drive, item).Content;
            ids.Add(PortfolioWorkbookFile.ParseSettings(saved, item).WorkbookId ?? throw new Xunit.Sdk.XunitException($"{item} has no WorkbookId"));
            Assert.Contains("Review", WorkbookTables.Names(saved));
            Assert.Contains("DecisionLog", WorkbookTables.Names(saved));
        }
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task WeeklyStatus_SecondRunSameWeek_SendsNothing()
    {
        _graph.AddFile(Drive, _item, _sample);
        using var host = Host(WorkbookId);
        await Run(host);
        var sent = _graph.SentMime.Count;

        var second = await Run(host);

        Assert.Empty(second);
        Assert.Equal(sent, _graph.SentMime.Count);
        Assert.Equal(sent, _graph.Requests("POST", $"/v1.0/users/{Sender}/sendMail"));
    }

    [Fact]
    public async Task WeeklyStatus_ConcurrentEditBetweenDownloadAndUpload_RereadsAndKeepsTheEdit()
    {
        _graph.AddFile(Drive, _item, _sample);
        _graph.EditAfterNextDownload(Drive, _item, WithUserTable(_sample, rows: 3));
        using var host = Host(WorkbookId);

        var failures = await Run(host);

        Assert.Empty(failures);
        var tables = WorkbookTables.Names(_graph.File(Drive, _item).Content);
        Assert.Contains("UserNotes", tables);
        Assert.Contains("Review", tables);
        Assert.Equal(2, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{_item}/content"));
    }

    [Fact]
    public async Task WeeklyStatus_ConcurrentEditOnTheLastAttempt_FailsKeepsTheEditAndSendsNothing()
    {
        _graph.AddFile(Drive, _item, _sample);
        var edited = WithUserTable(_sample, rows: 3);
        _graph.EditAfterNextDownload(Drive, _item, edited);
        using var host = Host(WorkbookId, maxAttempts: 1);

        var failures = await Run(host);

        Assert.IsType<WorkbookConflictException>(Assert.Single(failures));
        Assert.Equal(edited, _graph.File(Drive, _item).Content);
        Assert.Empty(_graph.SentMime);
    }

    [Fact]
    public async Task WeeklyStatus_ThrottledWith429_RetriesAndSucceeds()
    {
        _graph.AddFile(Drive, _item, _sample);
        _graph.Fail(HttpStatusCode.TooManyRequests, 2, "/content");
        using var host = Host(WorkbookId);

        var failures = await Run(host);

        Assert.Empty(failures);
        Assert.Contains("Review", WorkbookTables.Names(_graph.File(Drive, _item).Content));
        Assert.True(_graph.SentMime.Count > 2);
    }

    [Fact]
    public async Task WeeklyStatus_GraphRequestsPerWorkbook_DoNotGrowWithItsSize()
    {
        var small = _item + "-small";
        var large = _item + "-large";
        var largeBytes = WithUserTable(_sample, rows: 40_000);
        Assert.True(largeBytes.Length > 8 * _sample.Length, $"{largeBytes.Length} vs {_sample.Length}");
        _graph.AddFile(Drive, small, _sample);
        _graph.AddFile(Drive, large, largeBytes);
        using var host = Host($"{Drive}/{small};{Drive}/{large}");

        var failures = await Run(host);

        Assert.Empty(failures);
        // Item, content (302), the download URL and the PUT per workbook; then one sendMail per email.
        Assert.Equal(2 * 4 + _graph.SentMime.Count, _graph.TotalRequests);
        Assert.Equal(_graph.Requests($"/v1.0/drives/{Drive}/items/{small}"), _graph.Requests($"/v1.0/drives/{Drive}/items/{large}"));
        Assert.Equal(_graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{small}/content"),
            _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{large}/content"));
    }

    [Fact]
    public async Task WeeklyStatus_MissingDriveItem_OtherWorkbooksRunAndTheInvocationFails()
    {
        _graph.AddFile(Drive, _item, _sample);
        using var host = Host($"{Drive}/no-such-item;{WorkbookId}");

        var failures = await Run(host);

        Assert.Contains($"{Drive}/no-such-item", Assert.IsType<FileNotFoundException>(Assert.Single(failures)).Message);
        Assert.Contains("Review", WorkbookTables.Names(_graph.File(Drive, _item).Content));
        Assert.True(_graph.SentMime.Count > 2);
    }

    [Fact]
    public async Task WeeklyStatus_SyncAgentsOn_SyncsTheAgentsTableBeforeTheReviewInItsOwnSave()
    {
        _graph.AddFile(Drive, _item, _sample);
        _graph.AddAgentIdentity(new FakeAgentIdentity("c1000000-0000-4000-8000-000000000001", "Shadow summariser"));
        using var host = Host(WorkbookId, syncAgents: true);

        var failures = await Run(host);

        Assert.Empty(failures);
        Assert.Equal(2, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{_item}/content"));
        var saved = _graph.File(Drive, _item).Content;
        var agents = WorkbookTables.Read(saved, "Agents");
        var column = agents.Headers.ToList().FindIndex(h => h == "EntraObjectId");
        Assert.Contains(agents.Rows, r => r[column].ToString() == "c1000000-0000-4000-8000-000000000001");
    }

    [Fact]
    public async Task AgentSync_ConcurrentEditBetweenDownloadAndUpload_PlansAgainOnTheEditAndKeepsIt()
    {
        _graph.AddFile(Drive, _item, _sample);
        _graph.EditAfterNextDownload(Drive, _item, WithUserTable(_sample, rows: 3));
        _graph.AddAgentIdentity(new FakeAgentIdentity("c2000000-0000-4000-8000-000000000002", "Late agent"));
        using var host = Host(WorkbookId);
        var run = host.Services.GetRequiredService<OfficeGovernance.Application.AgentSync.AgentSyncRun>();

        var result = await run.SyncStoredAsync(host.Services.GetRequiredService<IWorkbookSource>(), WorkbookId, 3, Guid.NewGuid, CancellationToken.None);

        Assert.Equal((true, 2), (result.Written, result.Attempts));
        var saved = _graph.File(Drive, _item).Content;
        Assert.Contains("UserNotes", WorkbookTables.Names(saved));
        Assert.Single(WorkbookTables.Read(saved, "Agents").Rows, r => r[0].Text == "ENTRA-c2000000");
        Assert.Equal(2, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{_item}/content"));
    }

    [Fact]
    public async Task WeeklyStatus_SyncAgentsOff_AsksEntraNothing()
    {
        _graph.AddFile(Drive, _item, _sample);
        using var host = Host(WorkbookId);

        await Run(host);

        Assert.Equal(0, _graph.Requests("GET", "/v1.0/servicePrincipals/microsoft.graph.agentIdentity"));
    }

    private FunctionsHost Host(string workbooks, int maxAttempts = 3, bool syncAgents = false) => new(
        new Dictionary<string, string?>
        {
            ["WeeklyStatus:SyncAgents"] = syncAgents ? "true" : "false",
            ["WeeklyStatus:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Workbooks:Store"] = "Graph",
            ["Graph:BaseUrl"] = _graph.BaseUrl.AbsoluteUri,
            ["Graph:Credential"] = "None",
            ["DecisionLog:TableConnection"] = azurite.ConnectionString,
            ["WeeklyStatus:Workbooks"] = workbooks,
        },
        services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            // Retry-After is honoured but not slept through in tests.
            services.AddSingleton(new GraphSettings(_graph.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
        });

    /// <summary>What the Functions host does on the timer: enqueue, then one queue invocation per message; the failures.</summary>
    private static async Task<IReadOnlyList<Exception>> Run(FunctionsHost host)
    {
        var function = host.Function<WeeklyStatusFunctions>();
        var failures = new List<Exception>();
        foreach (var message in await function.WeeklyStatus(new TimerInfo(), CancellationToken.None))
        {
            try
            {
                await function.WeeklyStatusWorkbook(message, CancellationToken.None);
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }
        return failures;
    }

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
