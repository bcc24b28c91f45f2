using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// The local "send" of the weekly status (docs/rules.md#weekly-status): each message becomes
/// <c>&lt;directory&gt;/&lt;isoWeek&gt;/&lt;key as a safe file name&gt;.eml</c>, the MimeKit message of
/// <see cref="StatusMimeMessage"/>. The finished file is itself the
/// record that the message was sent: it is written to a temporary file, flushed to disk, then moved into place, so a
/// crash mid-write leaves no record and the rerun sends again, and a rerun in the same week sends nothing twice.
/// Leftover temporary files (".*.tmp") of a crashed run are never read as sent.
/// </summary>
public sealed class EmlOutbox : IStatusOutbox
{
    private readonly string _directory;
    private readonly TimeProvider _time;

    /// <summary>Creates an outbox over <paramref name="directory"/> (created on first send).</summary>
    /// <param name="directory">The outbox root.</param>
    /// <param name="time">The clock for the Date header.</param>
    public EmlOutbox(string directory, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(time);
        _directory = Path.GetFullPath(directory);
        _time = time;
    }

    /// <summary>The file a message is (or would be) written to.</summary>
    public string PathFor(StatusMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Path.Combine(_directory, message.IsoWeek.ToString(), OutboxFileName.For(message.Key) + ".eml");
    }

    /// <summary>
    /// Writes the message unless its key was already sent for its ISO week.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="from">The sender address (Settings SenderMailbox).</param>
    /// <param name="ct">Cancels before the file is moved into place; a cancelled send records nothing.</param>
    /// <returns>True when written now; false when it had been sent already (nothing is written).</returns>
    /// <exception cref="ArgumentException">The sender or a recipient is not a bare ASCII email address.</exception>
    /// <exception cref="IOException">The outbox cannot be written.</exception>
    public async Task<bool> SendAsync(StatusMessage message, string from, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        var target = PathFor(message);
        if (File.Exists(target))
        {
            return false;
        }
        var mime = StatusMimeMessage.ToBytes(StatusMimeMessage.Create(message, from.Trim(), _time.GetUtcNow()));
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await stream.WriteAsync(mime, ct).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            ct.ThrowIfCancellationRequested();
            File.Move(temp, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another run of the same week moved its copy into place first: that one is the send.
            return false;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
