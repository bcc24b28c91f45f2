using System.Text;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions.Serialization;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Mail;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Sends through Graph's <c>POST /users/{sender}/sendMail</c> in its MIME form (Content-Type text/plain, the body the
/// base64 of the MIME message), one request per message, saved to the sender's Sent Items
/// (docs/rules.md#weekly-run-through-graph). The MIME message is exactly what the .eml outbox writes (the MimeKit
/// message of <see cref="StatusMimeMessage"/>): multipart/alternative with a
/// text/plain and a text/html part, which Graph's JSON message (one body) cannot carry. The request still goes through
/// the SDK's request adapter, so its middleware applies: authentication, and the retries of 429 and 503 configured in
/// <see cref="GraphClients"/> (a 429 is refused before anything is sent, so its retry cannot duplicate; a 503 is not
/// certain, so a rare duplicate is possible). Not sending twice across runs is the caller's record per recipient and ISO
/// week (<c>TableStorageStatusOutbox</c>), which asks <see cref="WasSentAsync"/> when a send's outcome is unknown.
/// </summary>
public sealed class GraphMailSender : IMailSender
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    private readonly GraphServiceClient _graph;
    private readonly TimeProvider _time;

    /// <summary>Creates the sender over a client from <see cref="GraphClients.Create"/>.</summary>
    /// <param name="graph">The client.</param>
    /// <param name="time">The clock for the Date header (UTC); null for the system clock.</param>
    public GraphMailSender(GraphServiceClient graph, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The sender, a recipient or the send id is malformed; no request is made.</exception>
    /// <exception cref="Microsoft.Kiota.Abstractions.ApiException">Graph refused the message (403 when the identity may
    /// not send as the mailbox).</exception>
    /// <exception cref="AggregateException">429 or 503 persisted through the client's retries (the SDK wraps each
    /// attempt's <see cref="Microsoft.Kiota.Abstractions.ApiException"/>).</exception>
    public async Task SendAsync(string senderMailbox, StatusMessage message, string sendId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(sendId);
        var sender = CheckSender(senderMailbox);
        if (message.Recipients.Count == 0)
        {
            throw new ArgumentException($"Message '{message.Key}' has no recipients.", nameof(message));
        }
        foreach (var address in message.Recipients)
        {
            if (!EmailAddress.IsWellFormed(address))
            {
                throw new ArgumentException($"Recipient '{address}' is not an email address.", nameof(message));
            }
        }
        var mime = StatusMimeMessage.ToBytes(StatusMimeMessage.Create(message, sender, _time.GetUtcNow(), sendId));
        var request = _graph.Users[sender].SendMail.ToPostRequestInformation(new SendMailPostRequestBody());
        // The generated builder serialises a JSON body; the MIME form replaces it with the base64 text.
        request.Headers.Remove("Content-Type");
        var base64 = Encoding.ASCII.GetBytes(Convert.ToBase64String(mime));
        request.SetStreamContent(new MemoryStream(base64, writable: false), "text/plain");
        await _graph.RequestAdapter.SendNoContentAsync(request, ErrorMapping, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>One request: <c>GET /users/{sender}/mailFolders/sentitems/messages?$filter=internetMessageId eq
    /// '&lt;sendId@domain&gt;'&amp;$select=id&amp;$top=1</c>.</remarks>
    /// <exception cref="Microsoft.Kiota.Abstractions.ApiException">Graph refused the query.</exception>
    /// <exception cref="InvalidOperationException">Graph's answer held no value list, so the outcome is unknown.</exception>
    public async Task<bool> WasSentAsync(string senderMailbox, string sendId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sendId);
        var sender = CheckSender(senderMailbox);
        var messageId = StatusMimeMessage.MessageIdFor(sendId, sender);
        var page = await _graph.Users[sender].MailFolders["sentitems"].Messages.GetAsync(c =>
        {
            c.QueryParameters.Filter = $"internetMessageId eq '{messageId.Replace("'", "''", StringComparison.Ordinal)}'";
            c.QueryParameters.Select = ["id"];
            c.QueryParameters.Top = 1;
        }, ct).ConfigureAwait(false);
        return page?.Value is { } found
            ? found.Count > 0
            : throw new InvalidOperationException($"Graph answered the Sent Items query of {sender} without a value list.");
    }

    private static string CheckSender(string senderMailbox)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(senderMailbox);
        var sender = senderMailbox.Trim();
        return EmailAddress.IsWellFormed(sender)
            ? sender
            : throw new ArgumentException($"SenderMailbox '{sender}' is not an email address.", nameof(senderMailbox));
    }
}
