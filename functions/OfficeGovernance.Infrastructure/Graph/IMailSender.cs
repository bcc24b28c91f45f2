using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Sends a weekly status email and can tell afterwards whether a send went out (docs/rules.md#faults-and-retries: a crash
/// between sending and recording must not send twice, so the caller asks before sending again).
/// </summary>
public interface IMailSender
{
    /// <summary>Sends one message to all its recipients.</summary>
    /// <param name="senderMailbox">The mailbox it is sent as (the workbook's Settings SenderMailbox), a bare address.</param>
    /// <param name="message">The message.</param>
    /// <param name="sendId">A stable token for this send (1 to 64 ASCII letters, digits, '.', '-', '_'): the message's
    /// Message-ID becomes &lt;sendId@sender domain&gt;, so <see cref="WasSentAsync"/> can find it.</param>
    /// <param name="ct">Cancels the request; a cancelled send may or may not have been delivered.</param>
    /// <exception cref="ArgumentException">The sender, a recipient or the send id is malformed.</exception>
    Task SendAsync(string senderMailbox, StatusMessage message, string sendId, CancellationToken ct);

    /// <summary>Whether a message with <paramref name="sendId"/> is in the sender's Sent Items.</summary>
    /// <param name="senderMailbox">The mailbox it was sent as.</param>
    /// <param name="sendId">The token it was sent with.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <returns>True when found; false when not (which, shortly after a send, may mean not indexed yet).</returns>
    /// <exception cref="ArgumentException">The sender or the send id is malformed.</exception>
    Task<bool> WasSentAsync(string senderMailbox, string sendId, CancellationToken ct);
}
