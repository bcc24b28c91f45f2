using System.Text;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

/// <summary>A minimal reader of the .eml files the outbox writes, to check them from the outside.</summary>
internal sealed record EmlFile(IReadOnlyDictionary<string, string> Headers, IReadOnlyList<EmlPart> Parts, string Raw)
{
    public static EmlFile Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = ParseHeaders(raw[..split]);
        var body = raw[(split + 4)..];
        var contentType = headers["Content-Type"];
        var boundary = contentType[(contentType.IndexOf("boundary=\"", StringComparison.Ordinal) + 10)..].TrimEnd('"');
        var chunks = body.Split("--" + boundary);
        var parts = new List<EmlPart>();
        for (var i = 1; i < chunks.Length - 1; i++)
        {
            var chunk = chunks[i].TrimStart('\r', '\n');
            var end = chunk.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var partHeaders = ParseHeaders(chunk[..end]);
            var encoded = chunk[(end + 4)..].Replace("\r\n", "", StringComparison.Ordinal);
            parts.Add(new EmlPart(partHeaders, Encoding.UTF8.GetString(Convert.FromBase64String(encoded))));
        }
        Assert.StartsWith("--\r\n", chunks[^1]);
        return new EmlFile(headers, parts, raw);
    }

    private static Dictionary<string, string> ParseHeaders(string block)
    {
        var unfolded = block.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        return unfolded.Split("\r\n").ToDictionary(
            l => l[..l.IndexOf(':', StringComparison.Ordinal)],
            l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Decodes RFC 2047 "B" encoded-words (the only kind the outbox writes), dropping whitespace between them.</summary>
    public static string DecodeHeader(string value)
    {
        if (!value.StartsWith("=?utf-8?B?", StringComparison.Ordinal))
        {
            return value;
        }
        var bytes = new List<byte>();
        foreach (var word in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.StartsWith("=?utf-8?B?", word);
            Assert.EndsWith("?=", word);
            Assert.True(word.Length <= 75, word);
            bytes.AddRange(Convert.FromBase64String(word[10..^2]));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}

internal sealed record EmlPart(IReadOnlyDictionary<string, string> Headers, string Content);
