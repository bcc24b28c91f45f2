using System.Security.Cryptography;
using System.Text;
using MimeKit;
using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// A weekly status message as a MimeKit <see cref="MimeMessage"/> (docs/rules.md#weekly-status): From, To, Subject, Date
/// (UTC) and a deterministic Message-ID, with a multipart/alternative body of a text/plain then a text/html part, both
/// UTF-8 in base64. MimeKit encodes and folds the headers (RFC 2047 encoded-words, 78-character lines); written with
/// <see cref="Format"/>, lines end in CRLF and the output is 7-bit ASCII. The .eml outbox and Graph's MIME sendMail
/// write the same message (docs/adr-0007-azure-sdks-for-table-storage-and-mime.md).
/// </summary>
internal static class StatusMimeMessage
{
    /// <summary>How the message is written: CRLF line ends (RFC 5322), non-ASCII headers encoded.</summary>
    public static readonly FormatOptions Format = CreateFormat();

    /// <param name="message">The message.</param>
    /// <param name="from">The sender, a bare address.</param>
    /// <param name="date">The Date header's instant (written in UTC).</param>
    /// <param name="sendId">Null for the outbox's Message-ID (&lt;week.hash@domain&gt;); otherwise the caller's stable
    /// token, written as &lt;sendId@sender domain&gt;, so the sent message can be found again by its Message-ID.</param>
    /// <exception cref="ArgumentException">A sender or recipient is not a bare address safe for a header, or the send id
    /// is not a dot-atom of letters, digits, '.', '-' and '_'.</exception>
    public static MimeMessage Create(StatusMessage message, string from, DateTimeOffset date, string? sendId = null)
    {
        CheckAddress(from, nameof(from));
        if (message.Recipients.Count == 0)
        {
            throw new ArgumentException("A status message needs at least one recipient.", nameof(message));
        }
        foreach (var to in message.Recipients)
        {
            CheckAddress(to, nameof(message));
        }
        var identity = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.IsoWeek + "|" + message.Key)));
        var localPart = sendId is null ? message.IsoWeek + "." + identity[..24] : CheckSendId(sendId);
        var mime = new MimeMessage
        {
            Subject = WithoutControlCharacters(message.Subject),
            Date = date.ToUniversalTime(),
            MessageId = localPart + "@" + DomainOf(from),
            Body = new MultipartAlternative
            {
                Part("plain", message.Text),
                Part("html", message.Html),
            },
        };
        ((Multipart)mime.Body).Boundary = "=_og_" + identity[..32];
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.AddRange(message.Recipients.Select(MailboxAddress.Parse));
        return mime;
    }

    /// <summary>The message as bytes, written with <see cref="Format"/>.</summary>
    public static byte[] ToBytes(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(Format, buffer);
        return buffer.ToArray();
    }

    /// <summary>The Message-ID <see cref="Create"/> gives a message sent as <paramref name="from"/> with
    /// <paramref name="sendId"/>, angle brackets included, as Graph reports it in internetMessageId.</summary>
    /// <exception cref="ArgumentException">The send id is not a dot-atom of letters, digits, '.', '-' and '_'.</exception>
    public static string MessageIdFor(string sendId, string from) => "<" + CheckSendId(sendId) + "@" + DomainOf(from) + ">";

    private static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];

    private static TextPart Part(string subtype, string content)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.Base64 };
        part.SetText(Encoding.UTF8, content.ReplaceLineEndings("\r\n"));
        return part;
    }

    private static string CheckSendId(string sendId)
    {
        if (sendId.Length is 0 or > 64 || sendId[0] == '.' || sendId[^1] == '.'
            || !sendId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException(
                $"Send id '{sendId}' must be 1 to 64 ASCII letters, digits, '.', '-' or '_', not starting or ending with '.'.",
                nameof(sendId));
        }
        return sendId;
    }

    // Only bare ASCII addresses: a display name or a line break in an address could add or change a header.
    private static void CheckAddress(string address, string parameter)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == address.Length - 1 || address.Any(c => c <= ' ' || c > '~' || "<>()[]\\,;:\"".Contains(c)))
        {
            throw new ArgumentException($"'{address}' is not a bare ASCII email address usable in a mail header.", parameter);
        }
    }

    // A line break in the subject must never start a header of its own.
    private static string WithoutControlCharacters(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        format.International = false;
        return format;
    }
}
