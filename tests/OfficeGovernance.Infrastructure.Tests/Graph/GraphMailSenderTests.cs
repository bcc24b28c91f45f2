using System.Net;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Tests.Mail;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Graph;

public sealed class GraphMailSenderTests : IAsyncLifetime
{
    private const string Sender = "ai-portfolio@example.org";
    private const string SendPath = "/v1.0/users/" + Sender + "/sendMail";
    private const string SentItemsPath = "/v1.0/users/" + Sender + "/mailFolders/sentitems/messages";
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 7, 0, 5, TimeSpan.Zero);
    private FakeGraphServer _server = null!;
    private Microsoft.Graph.GraphServiceClient _client = null!;
    private GraphMailSender _mail = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _client = GraphClients.Create(
            new GraphSettings(_server.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
        _mail = new GraphMailSender(_client, new OutboxFakeTimeProvider(Now));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_OwnerMessage_PostsOneMimeSendMailWithTextAndHtmlParts()
    {
        var message = Message("owner:ann@example.org", "ann@example.org", "bo@example.org");

        await _mail.SendAsync(Sender, message, "abc123", CancellationToken.None);

        var sent = Assert.Single(_server.SentMime);
        Assert.Empty(_server.SentMail);
        Assert.Equal(Sender, sent.Sender);
        Assert.Equal("<abc123@example.org>", sent.InternetMessageId);
        Assert.Equal("text/plain", sent.ContentType);
        var eml = EmlFile.Parse(sent.Mime);
        Assert.Equal(Sender, eml.Headers["From"]);
        Assert.Equal("ann@example.org, bo@example.org", eml.Headers["To"]);
        Assert.Equal(message.Subject, eml.Headers["Subject"]);
        Assert.Equal("Mon, 16 Nov 2026 07:00:05 +0000", eml.Headers["Date"]);
        Assert.StartsWith("multipart/alternative", eml.Headers["Content-Type"]);
        Assert.Equal(2, eml.Parts.Count);
        Assert.Equal("text/plain; charset=utf-8", eml.Parts[0].Headers["Content-Type"]);
        Assert.Equal("Fix & pause\r\n", eml.Parts[0].Content);
        Assert.Equal("text/html; charset=utf-8", eml.Parts[1].Headers["Content-Type"]);
        Assert.Equal(message.Html, eml.Parts[1].Content);
        Assert.Equal(1, _server.Requests(SendPath));
    }

    [Fact]
    public async Task SendAsync_TwoMessages_OneSendMailEach()
    {
        await _mail.SendAsync(Sender, Message("owner:ann@example.org", "ann@example.org"), "id-1", CancellationToken.None);
        await _mail.SendAsync(Sender, Message("leadership", "cto@example.org"), "id-2", CancellationToken.None);

        Assert.Equal(2, _server.SentMime.Count);
        Assert.Equal(2, _server.TotalRequests);
        Assert.Equal("cto@example.org", EmlFile.Parse(_server.SentMime[1].Mime).Headers["To"]);
    }

    [Fact]
    public async Task SendAsync_ThrottledOnce_RetriesAndRecordsOneMessage()
    {
        _server.Fail(HttpStatusCode.TooManyRequests, times: 1, pathSuffix: SendPath);

        await _mail.SendAsync(Sender, Message("leadership", "cto@example.org"), "id-1", CancellationToken.None);

        Assert.Single(_server.SentMime);
        Assert.Equal(2, _server.Requests(SendPath));
    }

    [Fact]
    public async Task SendAsync_Forbidden_ThrowsApiExceptionWith403()
    {
        _server.Fail(HttpStatusCode.Forbidden, times: 1, pathSuffix: SendPath);

        var error = await Assert.ThrowsAnyAsync<ApiException>(
            () => _mail.SendAsync(Sender, Message("leadership", "cto@example.org"), "id-1", CancellationToken.None));

        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Empty(_server.SentMime);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Portfolio <ai-portfolio@example.org>")]
    [InlineData("ai-portfolio@localhost")]
    public async Task SendAsync_SenderNotABareAddress_ThrowsBeforeAnyRequest(string sender)
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => _mail.SendAsync(sender, Message("leadership", "cto@example.org"), "id-1", CancellationToken.None));

        Assert.Equal(0, _server.TotalRequests);
    }

    [Fact]
    public async Task SendAsync_RecipientWithADotlessDomain_ThrowsBeforeAnyRequest()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(
            () => _mail.SendAsync(Sender, Message("owner:ann@localhost", "ann@localhost"), "id-1", CancellationToken.None));

        Assert.Contains("'ann@localhost' is not an email address", e.Message);
        Assert.Equal(0, _server.TotalRequests);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("a@b")]
    [InlineData("<x>")]
    public async Task SendAsync_SendIdNotADotAtom_ThrowsBeforeAnyRequest(string sendId)
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => _mail.SendAsync(Sender, Message("leadership", "cto@example.org"), sendId, CancellationToken.None));

        Assert.Equal(0, _server.TotalRequests);
    }

    [Fact]
    public async Task WasSentAsync_AfterSend_FindsItInSentItemsWithOneQuery()
    {
        await _mail.SendAsync(Sender, Message("leadership", "cto@example.org"), "id-1", CancellationToken.None);

        Assert.True(await _mail.WasSentAsync(Sender, "id-1", CancellationToken.None));
        Assert.False(await _mail.WasSentAsync(Sender, "id-2", CancellationToken.None));
        Assert.False(await _mail.WasSentAsync("other@example.org", "id-1", CancellationToken.None));
        Assert.Equal(2, _server.Requests(SentItemsPath));
    }

    [Fact]
    public async Task WasSentAsync_AnswerLostAfterSend_StillFindsTheMessage()
    {
        _server.LoseNextSendAnswer();

        await Assert.ThrowsAnyAsync<ApiException>(
            () => _mail.SendAsync(Sender, Message("leadership", "cto@example.org"), "lost-1", CancellationToken.None));

        Assert.True(await _mail.WasSentAsync(Sender, "lost-1", CancellationToken.None));
    }

    private static StatusMessage Message(string key, params string[] recipients) => new(
        recipients, "AI portfolio status 2026-W47: 3 to fix, 1 to pause",
        "<!DOCTYPE html><html><body><p>Fix &amp; pause</p></body></html>", "Fix & pause\n",
        new IsoWeek(2026, 47), key == "leadership" ? StatusMessageKind.Leadership : StatusMessageKind.Owner, key);
}
