using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>
/// Sends each weekly status message at most once per recipient group (<see cref="StatusMessage.Key"/>) and ISO week,
/// across reruns and crashes (docs/rules.md#weekly-status).
/// </summary>
public interface IStatusOutbox
{
    /// <summary>Sends the message unless it was sent already for its ISO week.</summary>
    /// <param name="message">The message.</param>
    /// <param name="from">The sender mailbox (Settings SenderMailbox).</param>
    /// <param name="ct">Cancels the send.</param>
    /// <returns>True when sent now; false when it had been sent already (nothing is sent).</returns>
    /// <exception cref="ArgumentException">The sender or a recipient is not an email address.</exception>
    Task<bool> SendAsync(StatusMessage message, string from, CancellationToken ct);
}
