using System.Net;
using Azure;
using Azure.Data.Tables;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Mail;
using OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

/// <summary>The Table Storage outbox against Azurite and the fake Graph server (docs/rules.md#faults-and-retries).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageStatusOutboxTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Sender = "ai-portfolio@example.org";
    private const string SendPath = "/v1.0/users/" + Sender + "/sendMail";
    private const string SentItemsPath = "/v1.0/users/" + Sender + "/mailFolders/sentitems/messages";
    private const string Workbook = "drive-1/item-1";
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 7, 0, 5, TimeSpan.Zero);
    private readonly AzuriteTables _tables = new(azurite);
    private FakeGraphServer _graph = null!;
    private Microsoft.Graph.GraphServiceClient _client = null!;
    private TableServiceClient _service = null!;
    private static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _client = GraphClients.Create(
            new GraphSettings(_graph.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
        _service = _tables.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _graph.DisposeAsync();
        _tables.Dispose();
    }

    private TableStorageStatusOutbox Outbox(string workbook = Workbook) =>
        new(_service, new GraphMailSender(_client, new OutboxFakeTimeProvider(Now)), workbook, new OutboxFakeTimeProvider(Now), _tables.Table);

    private static StatusMessage Message(int week = 47, string key = "owner:ann@example.org", string to = "ann@example.org") => new(
        [to], $"AI portfolio status 2026-W{week}: 3 to fix",
        "<!DOCTYPE html><html><body><p>Caf\u00e9 &amp; co</p></body></html>", "Caf\u00e9 & co\n",
        new IsoWeek(2026, week), key == "leadership" ? StatusMessageKind.Leadership : StatusMessageKind.Owner, key);

    private async Task<TableEntity?> Row(IsoWeek week, string key, string workbook = Workbook)
    {
        var row = await _tables.Rows.GetEntityIfExistsAsync<TableEntity>(
            TableStorageDecisionLogStoreLayout.PartitionKeyFor(workbook), WeeklyStatusTableLayout.SentRowKey(week, key));
        return row.HasValue ? row.Value : null;
    }

    private async Task<string?> StateOf(StatusMessage message) =>
        (await Row(message.IsoWeek, message.Key))?.GetString(TableStorageStatusOutbox.StateProperty);

    private int TableCreations => _tables.Transport.Events.Count(e => e.Method == HttpMethod.Post && e.Path.EndsWith("/Tables", StringComparison.Ordinal));

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
        Assert.Equal("Sent", row.GetString("State"));
        Assert.Equal(sendId, row.GetString("SendId"));
        Assert.Equal(Sender, row.GetString("Sender"));
        Assert.Equal("ann@example.org", row.GetString("Recipients"));
        Assert.Equal(message.Subject, row.GetString("Subject"));
        Assert.Equal("2026-11-16T07:00:05.0000000Z", row.GetString("SentAt"));
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
        Assert.Equal(1, TableCreations);
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
        _tables.Transport.Enqueue([.. Enumerable.Range(0, 5).Select(_ => TransportFault.Unavailable(HttpMethod.Put, "sent-"))]);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Outbox().SendAsync(message, Sender, None));
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
        Assert.Equal("status@example.org", (await Row(message.IsoWeek, message.Key))!.GetString("Sender"));
    }

    [Fact]
    public async Task SendAsync_AnotherRunRecordsTheSendFirst_ConflictRereadsAndSendsNothing()
    {
        var message = Message();
        _tables.Transport.Enqueue(TransportFault.First(async () =>
        {
            Assert.True(await Outbox().SendAsync(message, Sender, None));
        }, HttpMethod.Post, "/" + _tables.Table));

        Assert.False(await Outbox().SendAsync(message, Sender, None));

        Assert.Single(_graph.SentMime);
        Assert.Equal(1, _graph.TotalRequests);
        Assert.Equal("Sent", await StateOf(message));
    }

    [Fact]
    public async Task SendAsync_RowIsNotASendRecord_ThrowsNamingTheRowAndSendsNothing()
    {
        var message = Message();
        await _tables.Rows.CreateIfNotExistsAsync();
        var rowKey = WeeklyStatusTableLayout.SentRowKey(message.IsoWeek, message.Key);
        await _tables.Rows.AddEntityAsync(new TableEntity(TableStorageDecisionLogStoreLayout.PartitionKeyFor(Workbook), rowKey)
        {
            ["State"] = "Maybe", ["SendId"] = "x", ["Sender"] = Sender,
        });

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Outbox().SendAsync(message, Sender, None));

        Assert.Contains(rowKey, error.Message);
        Assert.Equal(0, _graph.TotalRequests);
    }
}
