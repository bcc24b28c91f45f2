using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>Sends a weekly status email (PRODUCT.md sections 4 and 5).</summary>
public interface IMailSender
{
    /// <summary>Sends one message to all its recipients.</summary>
    /// <param name="senderMailbox">The mailbox it is sent as (the workbook's Settings SenderMailbox).</param>
    /// <param name="message">The message.</param>
    /// <param name="ct">Cancels the request; a cancelled send may or may not have been delivered.</param>
    Task SendAsync(string senderMailbox, StatusMessage message, CancellationToken ct);
}
