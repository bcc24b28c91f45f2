using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// Writes a status message as an RFC 5322 / RFC 2045 message: CRLF lines, headers From, To, Subject (RFC 2047
/// encoded-words when not plain ASCII), Date, Message-ID, MIME-Version, and a multipart/alternative body with a
/// text/plain then a text/html part, both UTF-8 in base64 (76-character lines). Base64 is used for both parts
/// because it is simple to get exactly right and immune to long lines and trailing spaces.
/// </summary>
internal static class MimeMessageWriter
{
    private const int MaxHeaderLine = 78;

    /// <param name="message">The message.</param>
    /// <param name="from">The sender, a bare address.</param>
    /// <param name="date">The Date header's instant (written in UTC).</param>
    /// <param name="sendId">Null for the outbox's Message-ID (&lt;week.hash@domain&gt;); otherwise the caller's stable
    /// token, written as &lt;sendId@sender domain&gt;, so the sent message can be found again by its Message-ID.</param>
    /// <exception cref="ArgumentException">A sender or recipient is not a bare address safe for a header, or the send id
    /// is not a dot-atom of letters, digits, '.', '-' and '_'.</exception>
    public static string Write(StatusMessage message, string from, DateTimeOffset date, string? sendId = null)
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
        var boundary = "=_og_" + identity[..32];
        var domain = from[(from.LastIndexOf('@') + 1)..];
        var messageId = sendId is null ? message.IsoWeek + "." + identity[..24] : CheckSendId(sendId);

        var mime = new StringBuilder(message.Html.Length * 2);
        mime.Append("From: ").Append(from).Append("\r\n");
        AppendAddressList(mime, "To", message.Recipients);
        AppendSubject(mime, message.Subject);
        mime.Append("Date: ").Append(RfcDate(date)).Append("\r\n")
            .Append("Message-ID: <").Append(messageId).Append('@').Append(domain).Append(">\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: multipart/alternative;\r\n boundary=\"").Append(boundary).Append("\"\r\n")
            .Append("\r\n")
            .Append("This is a multi-part message in MIME format.\r\n");
        AppendPart(mime, boundary, "text/plain", message.Text);
        AppendPart(mime, boundary, "text/html", message.Html);
        mime.Append("--").Append(boundary).Append("--\r\n");
        return mime.ToString();
    }

    /// <summary>The Message-ID the writer gives a message sent as <paramref name="from"/> with <paramref name="sendId"/>,
    /// angle brackets included, as Graph reports it in internetMessageId.</summary>
    /// <exception cref="ArgumentException">The send id is not a dot-atom of letters, digits, '.', '-' and '_'.</exception>
    public static string MessageIdFor(string sendId, string from) =>
        "<" + CheckSendId(sendId) + "@" + from[(from.LastIndexOf('@') + 1)..] + ">";

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

    /// <summary>RFC 5322 date-time in UTC, such as "Mon, 16 Nov 2026 07:00:00 +0000".</summary>
    public static string RfcDate(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    private static void CheckAddress(string address, string parameter)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == address.Length - 1 || address.Any(c => c <= ' ' || c > '~' || "<>()[]\\,;:\"".Contains(c)))
        {
            throw new ArgumentException($"'{address}' is not a bare ASCII email address usable in a mail header.", parameter);
        }
    }

    private static void AppendAddressList(StringBuilder mime, string name, IReadOnlyList<string> addresses)
    {
        var line = new StringBuilder(name).Append(": ");
        for (var i = 0; i < addresses.Count; i++)
        {
            var item = addresses[i] + (i < addresses.Count - 1 ? "," : "");
            if (i > 0 && line.Length + 1 + item.Length > MaxHeaderLine)
            {
                mime.Append(line).Append("\r\n");
                line.Clear().Append(' ').Append(item);
            }
            else
            {
                line.Append(i > 0 ? " " : "").Append(item);
            }
        }
        mime.Append(line).Append("\r\n");
    }

    private static void AppendSubject(StringBuilder mime, string subject)
    {
        var plain = subject.All(c => c >= ' ' && c <= '~') && !subject.Contains("=?", StringComparison.Ordinal);
        IReadOnlyList<string> words = plain ? subject.Split(" ") : EncodedWords(subject);
        var line = new StringBuilder("Subject:");
        foreach (var word in words)
        {
            if (line.Length + 1 + word.Length > MaxHeaderLine && line.Length > "Subject:".Length)
            {
                mime.Append(line).Append("\r\n");
                line.Clear();
            }
            line.Append(' ').Append(word);
        }
        mime.Append(line).Append("\r\n");
    }

    /// <summary>RFC 2047 "B" encoded-words of at most 68 characters, never splitting a UTF-8 sequence.</summary>
    private static List<string> EncodedWords(string text)
    {
        const int maxBytes = 42; // 56 base64 characters + 12 of "=?utf-8?B??=": 68, so "Subject: " + a word fits 78.
        var words = new List<string>();
        var chunk = new List<byte>(maxBytes);
        foreach (var rune in text.EnumerateRunes())
        {
            var safe = rune.Value < ' ' || rune.Value == 0x7f ? new Rune(' ') : rune;
            var bytes = new byte[safe.Utf8SequenceLength];
            safe.EncodeToUtf8(bytes);
            if (chunk.Count + bytes.Length > maxBytes)
            {
                words.Add("=?utf-8?B?" + Convert.ToBase64String(chunk.ToArray()) + "?=");
                chunk.Clear();
            }
            chunk.AddRange(bytes);
        }
        words.Add("=?utf-8?B?" + Convert.ToBase64String(chunk.ToArray()) + "?=");
        return words;
    }

    private static void AppendPart(StringBuilder mime, string boundary, string mediaType, string content)
    {
        mime.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: ").Append(mediaType).Append("; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n")
            .Append("\r\n");
        var crlf = content.ReplaceLineEndings("\r\n");
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(crlf));
        for (var i = 0; i < encoded.Length; i += 76)
        {
            mime.Append(encoded, i, Math.Min(76, encoded.Length - i)).Append("\r\n");
        }
    }
}
