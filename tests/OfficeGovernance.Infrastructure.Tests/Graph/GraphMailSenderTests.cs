using System.Net;
using System.Text.Json;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Infrastructure.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Graph;

public sealed class GraphMailSenderTests : IAsyncLifetime
{
    private const string Sender = "ai-portfolio@example.org";
    private const string SendPath = "/v1.0/users/" + Sender + "/sendMail";
    private FakeGraphServer _server = null!;
    private Microsoft.Graph.GraphServiceClient _client = null!;
    private GraphMailSender _mail = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _client = GraphClients.Create(
            new GraphSettings(_server.BaseUrl, GraphCredentialKind.None, maxRetry: 3, maxRetryAfter: TimeSpan.Zero));
        _mail = new GraphMailSender(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_OwnerMessage_PostsOneSendMailWithHtmlBodySubjectAndRecipients()
    {
        var message = Message("owner:ann@example.org", "ann@example.org", "bo@example.org");

        await _mail.SendAsync(Sender, message, CancellationToken.None);

        var sent = Assert.Single(_server.SentMail);
        Assert.Equal(Sender, sent.GetProperty("sender").GetString());
        var body = sent.GetProperty("body");
        Assert.True(Parameter(body, "saveToSentItems").GetBoolean());
        var posted = Parameter(body, "message");
        Assert.Equal(message.Subject, posted.GetProperty("subject").GetString());
        Assert.Equal("html", posted.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal(message.Html, posted.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal(["ann@example.org", "bo@example.org"], Recipients(posted));
        Assert.Equal(1, _server.Requests(SendPath));
    }

    [Fact]
    public async Task SendAsync_TwoMessages_OneSendMailEach()
    {
        await _mail.SendAsync(Sender, Message("owner:ann@example.org", "ann@example.org"), CancellationToken.None);
        await _mail.SendAsync(Sender, Message("leadership", "cto@example.org"), CancellationToken.None);

        Assert.Equal(2, _server.SentMail.Count);
        Assert.Equal(2, _server.TotalRequests);
        Assert.Equal(["cto@example.org"], Recipients(Parameter(_server.SentMail[1].GetProperty("body"), "message")));
    }

    [Fact]
    public async Task SendAsync_ThrottledOnce_RetriesAndRecordsOneMessage()
    {
        _server.Fail(HttpStatusCode.TooManyRequests, times: 1, pathSuffix: SendPath);

        await _mail.SendAsync(Sender, Message("leadership", "cto@example.org"), CancellationToken.None);

        Assert.Single(_server.SentMail);
        Assert.Equal(2, _server.Requests(SendPath));
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Portfolio <ai-portfolio@example.org>")]
    public async Task SendAsync_SenderNotABareAddress_ThrowsBeforeAnyRequest(string sender)
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => _mail.SendAsync(sender, Message("leadership", "cto@example.org"), CancellationToken.None));

        Assert.Equal(0, _server.TotalRequests);
    }

    private static StatusMessage Message(string key, params string[] recipients) => new(
        recipients, "AI portfolio status 2026-W47: 3 to fix, 1 to pause",
        "<!DOCTYPE html><html><body><p>Fix &amp; pause</p></body></html>", "Fix & pause\n",
        new IsoWeek(2026, 47), key == "leadership" ? StatusMessageKind.Leadership : StatusMessageKind.Owner, key);

    // The SDK writes sendMail's action parameters in Pascal case ("Message", "SaveToSentItems"); Graph reads them
    // case-insensitively, so the test does too.
    private static JsonElement Parameter(JsonElement body, string name) =>
        body.EnumerateObject().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string[] Recipients(JsonElement message) =>
        [.. message.GetProperty("toRecipients").EnumerateArray()
            .Select(r => r.GetProperty("emailAddress").GetProperty("address").GetString()!)];
}
