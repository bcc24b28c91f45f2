using System.Net.Mail;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Sends through Graph's <c>POST /users/{sender}/sendMail</c>, one request per message, saved to the sender's Sent
/// Items (PRODUCT.md section 5). Graph's message takes a single body, so the HTML part
/// (<see cref="StatusMessage.Html"/>) is sent and <see cref="StatusMessage.Text"/> is not: the text alternative exists
/// only in the .eml outbox. Retries of 429 and 503 are the client's (see <see cref="GraphClients"/>): a 429 is refused
/// before anything is sent, so its retry cannot duplicate; a 503 is not certain, so a rare duplicate is possible. Not
/// sending twice across runs is the caller's record per recipient and ISO week, not this class's.
/// </summary>
public sealed class GraphMailSender : IMailSender
{
    private readonly GraphServiceClient _graph;

    /// <summary>Creates the sender over a client from <see cref="GraphClients.Create"/>.</summary>
    public GraphMailSender(GraphServiceClient graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The sender or a recipient is not an email address.</exception>
    /// <exception cref="Microsoft.Kiota.Abstractions.ApiException">Graph refused the message (403 when the identity may
    /// not send as the mailbox).</exception>
    public async Task SendAsync(string senderMailbox, StatusMessage message, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(senderMailbox);
        ArgumentNullException.ThrowIfNull(message);
        var sender = senderMailbox.Trim();
        if (!IsBareAddress(sender))
        {
            throw new ArgumentException($"SenderMailbox '{sender}' is not an email address.", nameof(senderMailbox));
        }
        if (message.Recipients.Count == 0)
        {
            throw new ArgumentException($"Message '{message.Key}' has no recipients.", nameof(message));
        }
        var recipients = message.Recipients.Select(address => IsBareAddress(address)
            ? new Recipient { EmailAddress = new EmailAddress { Address = address } }
            : throw new ArgumentException($"Recipient '{address}' is not an email address.", nameof(message))).ToList();
        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = message.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = message.Html },
                ToRecipients = recipients,
            },
            SaveToSentItems = true,
        };
        await _graph.Users[sender].SendMail.PostAsync(body, cancellationToken: ct).ConfigureAwait(false);
    }

    // A display name ("Ann <ann@x.org>") would be silently dropped by Graph's address field, so only bare addresses pass.
    private static bool IsBareAddress(string text) =>
        MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && parsed.DisplayName.Length == 0;
}
