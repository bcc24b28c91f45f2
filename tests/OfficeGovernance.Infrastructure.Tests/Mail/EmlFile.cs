using System.Text;
using MimeKit;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

/// <summary>
/// A message as MimeKit's parser reads it, flattened for assertions: the top-level headers (decoded and unfolded by
/// MimeKit) and the text parts of the multipart/alternative body, in order.
/// </summary>
internal sealed record EmlFile(MimeMessage Message, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<EmlPart> Parts, string Raw)
{
    public static EmlFile Parse(string raw)
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(raw));
        var message = MimeMessage.Load(stream);
        var body = Assert.IsType<MultipartAlternative>(message.Body);
        var parts = body.Select(entity => Assert.IsType<TextPart>(entity))
            .Select(part => new EmlPart(HeadersOf(part.Headers), Decoded(part)))
            .ToList();
        return new EmlFile(message, HeadersOf([.. message.Headers, .. body.Headers]), parts, raw);
    }

    /// <summary>The part's exact bytes as UTF-8 (TextPart.Text would normalise the line ends).</summary>
    private static string Decoded(TextPart part)
    {
        Assert.Equal("utf-8", part.ContentType.Charset);
        using var content = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }

    private static Dictionary<string, string> HeadersOf(IEnumerable<Header> headers) =>
        headers.GroupBy(h => h.Field, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Value.Trim(), StringComparer.OrdinalIgnoreCase);
}

internal sealed record EmlPart(IReadOnlyDictionary<string, string> Headers, string Content);
