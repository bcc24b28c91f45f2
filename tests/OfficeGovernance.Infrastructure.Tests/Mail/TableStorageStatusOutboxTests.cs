using System.Net;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Mail;
using OfficeGovernance.Tests.Shared.Azurite;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

/// <summary>The Table Storage outbox against Azurite and the fake Graph server (PRODUCT.md sections 4 and 6).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageStatusOutboxTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Sender = "ai-portfolio@example.org";
    private const string SendPath = "/v1.0/users/" + Sender + "/sendMail";
    private const string SentItemsPath = "/v1.0/users/" + Sender + "/mailFolders/sentitems/messages";
    private const string Workbook = "drive-1/item-1";
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 7, 0, 5, TimeSpan.Zero);
    private readonly string _table = AzuriteFixture.UniqueTableName();
    private FakeGraphServer _graph = null!;
    private Microsoft.Graph.GraphServiceClient _client = null!;
    private StatusOutboxTableService _tables = null!;
    private static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _client = GraphClients.Create(
            new GraphSettings(_graph.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        _tables = new StatusOutboxTableService(new TableServiceClient(TableConnection.Parse(azurite.ConnectionString), options));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _graph.DisposeAsync();
    }

    private TableStorageStatusOutbox Outbox(string workbook = Workbook) =>
        new(_tables, new GraphMailSender(_client, new OutboxFakeTimeProvider(Now)), workbook, new OutboxFakeTimeProvider(Now), _table);

    private static StatusMessage Message(int week = 47, string key = "owner:ann@example.org", string to = "ann@example.org") => new(
        [to], $"AI portfolio status 2026-W{week}: 3 to fix",
        "<!DOCTYPE html><html><body><p>Caf\u00e9 &amp; co</p></body></html>", "Caf\u00e9 & co\n",
        new IsoWeek(2026, week), key == "leadership" ? StatusMessageKind.Leadership : StatusMessageKind.Owner, key);

    private Task<TableEntity?> Row(IsoWeek week, string key, string workbook = Workbook) => _tables.GetAsync(
        _table, TableStorageDecisionLogStoreLayout.PartitionKeyFor(workbook), WeeklyStatusTableLayout.SentRowKey(week, key), None);

    private async Task<string?> StateOf(StatusMessage message) =>
        (await Row(message.IsoWeek, message.Key))?.Properties[TableStorageStatusOutbox.StateProperty];

    [Fact]
    public async Task SendAsync_FirstSend_SendsTheMimeMessageAndRecordsItSent()
    {
        var message = Message();

        Assert.True(await Outbox().SendAsync(message, Sender, None));

        var sent = Assert.Single(_graph.SentMime);
        var sendId = WeeklyStatusTableLayout.SendId(Workbook, message.IsoWeek, message.Key);
        Assert.Equal($"<{sendId}@example.org>", sent.InternetMessageId);
        var eml = EmlFile.Parse(sent.Mime);
        Assert.Equal($"<{sendId}@example.org>", eml.Headers["Message-ID"]);
        Assert.Equal(["text/plain; charset=utf-8", "text/html; charset=utf-8"], eml.Parts.Select(p => p.Headers["Content-Type"]));
        Assert.Equal("Caf\u00e9 & co\r\n", eml.Parts[0].Content);
        Assert.Equal(message.Html, eml.Parts[1].Content);
        var row = (await Row(message.IsoWeek, message.Key))!;
        Assert.Equal("sent-2026-W47-owner:ann@example.org", row.RowKey);
        Assert.Equal("Sent", row.Properties["State"]);
        Assert.Equal(sendId, row.Properties["SendId"]);
        Assert.Equal(Sender, row.Properties["Sender"]);
        Assert.Equal("ann@example.org", row.Properties["Recipients"]);
        Assert.Equal(message.Subject, row.Properties["Subject"]);
        Assert.Equal("2026-11-16T07:00:05.0000000Z", row.Properties["SentAt"]);
        Assert.Equal(1, _graph.TotalRequests);
    }

    [Fact]
    public async Task SendAsync_SecondCallSameWeek_SendsNothingAndMakesNoGraphRequest()
    {
        await Outbox().SendAsync(Message(), Sender, None);
        var requests = _graph.TotalRequests;

        Assert.False(await Outbox().SendAsync(Message(), Sender, None));
        Assert.False(await Outbox().SendAsync(Message(key: "OWNER:Ann@Example.org"), Sender, None));

        Assert.Single(_graph.SentMime);
        Assert.Equal(requests, _graph.TotalRequests);
    }

    [Fact]
    public async Task SendAsync_NextWeek_SendsAgain()
    {
        Assert.True(await Outbox().SendAsync(Message(week: 47), Sender, None));
        Assert.True(await Outbox().SendAsync(Message(week: 48), Sender, None));

        Assert.Equal(2, _graph.SentMime.Count);
        Assert.NotEqual(_graph.SentMime[0].InternetMessageId, _graph.SentMime[1].InternetMessageId);
    }

    [Fact]
    public async Task SendAsync_TwoWorkbooks_AreRecordedSeparately()
    {
        Assert.True(await Outbox("drive-1/item-1").SendAsync(Message(), Sender, None));
        Assert.True(await Outbox("drive-1/item-2").SendAsync(Message(), Sender, None));
        Assert.False(await Outbox("drive-1/item-2").SendAsync(Message(), Sender, None));

        Assert.Equal(2, _graph.SentMime.Count);
        Assert.NotEqual(_graph.SentMime[0].InternetMessageId, _graph.SentMime[1].InternetMessageId);
    }

    [Fact]
    public async Task SendAsync_OwnerAndLeadershipSameWeek_AreTwoSends()
    {
        var outbox = Outbox();
        Assert.True(await outbox.SendAsync(Message(), Sender, None));
        Assert.True(await outbox.SendAsync(Message(key: "leadership", to: "cto@example.org"), Sender, None));

        Assert.Equal(2, _graph.SentMime.Count);
        Assert.Equal(1, _tables.CreateTableCalls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_GraphAcceptedButAnswerLost_RerunFindsItInSentItemsAndSendsNothing(bool abortConnection)
    {
        var message = Message();
        _graph.LoseNextSendAnswer(abortConnection);

        await Assert.ThrowsAnyAsync<Exception>(() => Outbox().SendAsync(message, Sender, None));
        Assert.Equal("Pending", await StateOf(message));

        Assert.False(await Outbox().SendAsync(message, Sender, None));

        Assert.Single(_graph.SentMime);
        Assert.Equal(1, _graph.Requests(SendPath));
        Assert.Equal(1, _graph.Requests(SentItemsPath));
        Assert.Equal("Sent", await StateOf(message));
        Assert.False(await Outbox().SendAsync(message, Sender, None));
        Assert.Equal(1, _graph.Requests(SentItemsPath));
    }

    [Fact]
    public async Task SendAsync_RecordingSentFailsAfterTheSend_RerunSendsNothing()
    {
        var message = Message();
        _tables.FailNextReplace();

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(() => Outbox().SendAsync(message, Sender, None));
        Assert.Equal(503, error.Status);
        Assert.Equal("Pending", await StateOf(message));

        Assert.False(await Outbox().SendAsync(message, Sender, None));

        Assert.Single(_graph.SentMime);
        Assert.Equal("Sent", await StateOf(message));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, 1)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 4)]
    [InlineData(HttpStatusCode.Forbidden, 1)]
    public async Task SendAsync_SendFails_ThrowsLeavesPendingAndRerunSendsOnce(HttpStatusCode status, int times)
    {
        var message = Message();
        _graph.Fail(status, times, SendPath);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => Outbox().SendAsync(message, Sender, None));
        // Retries that run out (429/503) come wrapped by the SDK; a refusal it does not retry comes bare.
        var error = Assert.IsAssignableFrom<Microsoft.Kiota.Abstractions.ApiException>(
            thrown is AggregateException aggregate ? aggregate.InnerExceptions[^1] : thrown);
        Assert.Equal((int)status, error.ResponseStatusCode);
        Assert.Empty(_graph.SentMime);
        Assert.Equal("Pending", await StateOf(message));

        Assert.True(await Outbox().SendAsync(message, Sender, None));
        Assert.False(await Outbox().SendAsync(message, Sender, None));

        Assert.Single(_graph.SentMime);
        Assert.Equal("Sent", await StateOf(message));
    }

    [Fact]
    public async Task SendAsync_PendingRowAndSenderChanged_AsksTheRecordedMailboxThenSendsAsTheNewOne()
    {
        var message = Message();
        _graph.Fail(HttpStatusCode.Forbidden, 1, SendPath);
        await Assert.ThrowsAnyAsync<Microsoft.Kiota.Abstractions.ApiException>(() => Outbox().SendAsync(message, Sender, None));

        Assert.True(await Outbox().SendAsync(message, "status@example.org", None));

        Assert.Equal(1, _graph.Requests(SentItemsPath));
        Assert.Equal("status@example.org", Assert.Single(_graph.SentMime).Sender);
        Assert.Equal("status@example.org", (await Row(message.IsoWeek, message.Key))!.Properties["Sender"]);
    }

    [Fact]
    public async Task SendAsync_AnotherRunRecordsTheSendFirst_ConflictRereadsAndSendsNothing()
    {
        var message = Message();
        _tables.BeforeNextInsert(async () =>
        {
            Assert.True(await Outbox().SendAsync(message, Sender, None));
        });

        Assert.False(await Outbox().SendAsync(message, Sender, None));

        Assert.Single(_graph.SentMime);
        Assert.Equal(1, _graph.TotalRequests);
        Assert.Equal("Sent", await StateOf(message));
    }

    [Fact]
    public async Task SendAsync_RowIsNotASendRecord_ThrowsNamingTheRowAndSendsNothing()
    {
        var message = Message();
        await _tables.CreateTableIfNotExistsAsync(_table, None);
        var rowKey = WeeklyStatusTableLayout.SentRowKey(message.IsoWeek, message.Key);
        await _tables.SubmitTransactionAsync(_table, [new TableOperation(TableOperationKind.Insert, new TableEntity(
            TableStorageDecisionLogStoreLayout.PartitionKeyFor(Workbook), rowKey,
            new Dictionary<string, string> { ["State"] = "Maybe", ["SendId"] = "x", ["Sender"] = Sender }))], None);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Outbox().SendAsync(message, Sender, None));

        Assert.Contains(rowKey, error.Message);
        Assert.Equal(0, _graph.TotalRequests);
    }
}
