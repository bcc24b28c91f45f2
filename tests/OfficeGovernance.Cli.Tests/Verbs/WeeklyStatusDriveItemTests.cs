using Microsoft.Extensions.Configuration;
using OfficeGovernance.Cli.Samples;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Azurite;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// <c>weekly-status --drive-item driveId/itemId</c> (issue #9): the function app's weekly run of one workbook through
/// a fake Graph on loopback, sends recorded in Azurite, settings as the function app reads them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WeeklyStatusDriveItemTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Drive = "b!drive-1";
    private const string Sender = SamplePeople.Sender;
    // Each test's item is a new partition of the shared Azurite, and its workbook a new WorkbookId (its own log).
    private readonly string _item = "item-" + Guid.NewGuid().ToString("N")[..12];
    private FakeGraphServer _graph = null!;

    private string DriveItem => Drive + "/" + _item;

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task DriveItem_RunsTheWeekThroughGraph_SavesTheReviewAndSendsTheMails()
    {
        var eTag = _graph.AddFile(Drive, _item, SampleWithNewWorkbookId());

        var result = await Cli().RunAsync("weekly-status", "--drive-item", DriveItem);

        Assert.True(result.ExitCode == ExitCodes.Done, result.Error);
        var sent = _graph.SentMime.Count;
        Assert.True(sent > 2, $"{sent} mail(s) sent");
        Assert.Equal(sent, _graph.Requests("POST", $"/v1.0/users/{Sender}/sendMail"));
        Assert.All(_graph.SentMime, mail => Assert.Equal(Sender, mail.Sender));
        Assert.Equal(1, _graph.Requests("PUT", $"/v1.0/drives/{Drive}/items/{_item}/content"));
        var saved = _graph.File(Drive, _item);
        Assert.NotEqual(eTag, saved.ETag);
        Assert.Equal(24, ReviewRows(saved.Content));
        Assert.Contains($"{DriveItem}: reviewed 24 initiatives as of 2026-11-20 and saved", result.Output);
        Assert.Contains($"2026-W47: {sent} email(s) sent, 0 already sent.", result.Output);
        Assert.Contains($"Emails sent: {sent}; already sent this week: 0.", result.Output);
    }

    [Fact]
    public async Task DriveItem_WithAnAnchorContainer_AppendsTheLogHeadToItsAppendBlob()
    {
        // docs/rules.md#decision-log: the head the digest states, also in the (in Azure, WORM) anchor container.
        var workbook = SampleWithNewWorkbookId();
        _graph.AddFile(Drive, _item, workbook);
        var workbookId = PortfolioParser.ParseSettings(new WorkbookTableReader().Read(new MemoryStream(workbook), ["Settings"], "w.xlsx")).WorkbookId!.Value;

        var result = await Cli(("DecisionLog:AnchorConnection", azurite.ConnectionString)).RunAsync("weekly-status", "--drive-item", DriveItem);

        Assert.True(result.ExitCode == ExitCodes.Done, result.Error);
        var blob = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, BlobLogHeadAnchor.DefaultContainerName)
            .GetBlobClient(BlobLogHeadAnchor.BlobName(workbookId.ToString()));
        var line = Assert.Single((await blob.DownloadContentAsync()).Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"\"workbookId\":\"{workbookId}\",\"sequence\":0,\"hash\":\"\"", line);
    }

    [Fact]
    public async Task DriveItem_SecondRunSameWeek_SendsNothingAndSaysSo()
    {
        _graph.AddFile(Drive, _item, SampleWithNewWorkbookId());
        var cli = Cli();
        await cli.RunAsync("weekly-status", "--drive-item", DriveItem);
        var sent = _graph.SentMime.Count;
        cli.Time.Advance(TimeSpan.FromDays(1));

        var second = await cli.RunAsync("weekly-status", "--drive-item", DriveItem);

        Assert.True(second.ExitCode == ExitCodes.Done, second.Error);
        Assert.Equal(sent, _graph.SentMime.Count);
        Assert.Equal(sent, _graph.Requests("POST", $"/v1.0/users/{Sender}/sendMail"));
        Assert.Contains($"Emails sent: 0; already sent this week: {sent}.", second.Output);
    }

    [Fact]
    public async Task DriveItem_Missing_Exits1NamingIt()
    {
        var result = await Cli().RunAsync("weekly-status", "--drive-item", $"{Drive}/no-such-item");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains($"{Drive}/no-such-item", result.Error);
        Assert.Empty(_graph.SentMime);
    }

    [Theory]
    [InlineData("--workbook", "portfolio.xlsx")]
    [InlineData("--outbox", "outbox")]
    [InlineData("--as-of", "2026-11-20")]
    public async Task DriveItem_WithALocalOption_Exits2AndReadsNothing(string option, string value)
    {
        var result = await Cli().RunAsync("weekly-status", "--drive-item", DriveItem, option, value);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("either --drive-item", result.Error);
        Assert.Contains(option, result.Error);
        Assert.Equal(0, _graph.TotalRequests);
    }

    [Theory]
    [InlineData("no-slash")]
    [InlineData("drive/item/extra")]
    [InlineData("/item")]
    [InlineData("drive/")]
    [InlineData("drive/../item")]
    public async Task DriveItem_Malformed_Exits2(string driveItem)
    {
        var result = await Cli().RunAsync("weekly-status", "--drive-item", driveItem);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--drive-item", result.Error);
        Assert.Equal(0, _graph.TotalRequests);
    }

    [Theory]
    [InlineData("Local")]
    [InlineData(null)]
    [InlineData("Sharepoint")]
    public async Task DriveItem_StoreNotGraph_Exits2NamingTheSetting(string? store)
    {
        var result = await Cli(("Workbooks:Store", store)).RunAsync("weekly-status", "--drive-item", DriveItem);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Workbooks:Store", result.Error);
        Assert.Contains("Workbooks__Store=Graph", result.Error);
        Assert.Equal(0, _graph.TotalRequests);
    }

    [Fact]
    public async Task DriveItem_WithoutTableStorageOrWithABadGraphCredential_Exits2NamingEverySetting()
    {
        var result = await Cli(("DecisionLog:TableConnection", null), ("Graph:Credential", "Password"))
            .RunAsync("weekly-status", "--drive-item", DriveItem);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("DecisionLog:TableConnection", result.Error);
        Assert.Contains("Graph:Credential 'Password'", result.Error);
        Assert.Equal(0, _graph.TotalRequests);
    }

    [Theory]
    [InlineData()]
    [InlineData("--workbook", "portfolio.xlsx")]
    [InlineData("--outbox", "outbox")]
    public async Task WeeklyStatus_NeitherFormComplete_Exits2(params string[] options)
    {
        var result = await Cli().RunAsync(["weekly-status", .. options]);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--", result.Error);
    }

    /// <summary>The CLI with the function app's Graph settings (the fake Graph, Azurite), some replaced or removed.</summary>
    private CliHarness Cli(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Workbooks:Store"] = "Graph",
            ["Graph:BaseUrl"] = _graph.BaseUrl.AbsoluteUri,
            ["Graph:Credential"] = "None",
            ["DecisionLog:TableConnection"] = azurite.ConnectionString,
        };
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }
        return new CliHarness { Settings = new ConfigurationBuilder().AddInMemoryCollection(settings).Build() };
    }

    private static byte[] SampleWithNewWorkbookId()
    {
        var sample = SamplePortfolioGenerator.Generate().Workbook;
        var workbook = sample with { Settings = sample.Settings with { WorkbookId = Guid.NewGuid() } };
        using var stream = new MemoryStream();
        new WorkbookTableWriter().Create(stream, PortfolioTables.ToOutputTables(workbook));
        return stream.ToArray();
    }

    private static int ReviewRows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        return new WorkbookTableReader().Read(stream, ["Review"], "saved.xlsx").Single().Rows.Count;
    }
}
