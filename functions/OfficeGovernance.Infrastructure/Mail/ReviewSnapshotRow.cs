using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// The properties of a review row (<see cref="WeeklyStatusTableLayout.ReviewRowKey"/>): the verdicts and the ids over
/// their cap as JSON (<see cref="Format"/>: <c>{"verdicts":{"A-1":"Fix",...},"overCap":["A-1"]}</c>, ids in
/// ordinal-ignore-case order; rows of <see cref="FormatVerdictsOnly"/>, kept before over-cap state was recorded, hold
/// the verdicts object alone and still read, with over-cap state null), gzip-compressed, base64-encoded and split over
/// <c>Part00</c>, <c>Part01</c>, ... of <see cref="PartChars"/> characters each, because a Table string property holds at
/// most 64 KiB (32,768 UTF-16 characters). At most <see cref="MaxParts"/> parts, so a row stays under Table Storage's
/// 1 MiB entity limit: 480,000 base64 characters, 360,000 compressed bytes (2,000 initiatives take about 6 KB).
/// </summary>
internal static class ReviewSnapshotRow
{
    public const int PartChars = 32_000;
    public const int MaxParts = 15;
    public const string FormatProperty = "Format";
    public const string Format = "gzip-base64-json-2";
    public const string FormatVerdictsOnly = "gzip-base64-json-1";
    public const string PartsProperty = "Parts";
    public const string CountProperty = "Count";

    public static string PartProperty(int index) => "Part" + index.ToString("00", CultureInfo.InvariantCulture);

    /// <exception cref="ArgumentException">The verdicts do not fit in <see cref="MaxParts"/> parts.</exception>
    public static Dictionary<string, string> Encode(IReadOnlyDictionary<string, Verdict> verdicts, IReadOnlyCollection<string> overCap)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var json = new Utf8JsonWriter(gzip))
        {
            json.WriteStartObject();
            json.WriteStartObject("verdicts");
            foreach (var (id, verdict) in verdicts.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
            {
                json.WriteString(id, verdict.ToString());
            }
            json.WriteEndObject();
            json.WriteStartArray("overCap");
            foreach (var id in overCap.Order(StringComparer.OrdinalIgnoreCase))
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        var text = Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
        var parts = (text.Length + PartChars - 1) / PartChars;
        if (parts > MaxParts)
        {
            throw new ArgumentException(
                $"The {verdicts.Count} verdicts compress to {buffer.Length} bytes; a review row holds at most " +
                $"{MaxParts * PartChars / 4 * 3} (Table Storage's 1 MiB entity limit).", nameof(verdicts));
        }
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FormatProperty] = Format,
            [PartsProperty] = parts.ToString(CultureInfo.InvariantCulture),
            [CountProperty] = verdicts.Count.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < parts; i++)
        {
            properties[PartProperty(i)] = text.Substring(i * PartChars, Math.Min(PartChars, text.Length - i * PartChars));
        }
        return properties;
    }

    /// <summary>The verdicts and the ids over their cap (null in a <see cref="FormatVerdictsOnly"/> row); throws what
    /// <paramref name="corrupt"/> makes of a problem in words (and its cause) when the properties are not a snapshot.</summary>
    public static (IReadOnlyDictionary<string, Verdict> Verdicts, IReadOnlyCollection<string>? OverCap) Decode(
        IReadOnlyDictionary<string, string> properties, Func<string, Exception?, Exception> corrupt)
    {
        var format = properties.GetValueOrDefault(FormatProperty);
        if (format is not (Format or FormatVerdictsOnly))
        {
            throw corrupt($"its {FormatProperty} is '{format}', not {Format} or {FormatVerdictsOnly}", null);
        }
        if (!int.TryParse(properties.GetValueOrDefault(PartsProperty), NumberStyles.None, CultureInfo.InvariantCulture, out var parts)
            || parts is < 1 or > MaxParts)
        {
            throw corrupt($"its {PartsProperty} is '{properties.GetValueOrDefault(PartsProperty)}', not 1 to {MaxParts}", null);
        }
        var text = string.Concat(Enumerable.Range(0, parts).Select(i =>
            properties.GetValueOrDefault(PartProperty(i)) ?? throw corrupt($"it has no {PartProperty(i)}", null)));
        JsonDocument document;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(text)), CompressionMode.Decompress);
            document = JsonDocument.Parse(gzip);
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or JsonException)
        {
            throw corrupt($"its verdicts do not decode ({ex.Message})", ex);
        }
        var verdicts = new Dictionary<string, Verdict>(StringComparer.OrdinalIgnoreCase);
        List<string>? overCap = null;
        using (document)
        {
            var root = document.RootElement;
            var verdictsElement = root;
            if (format == Format)
            {
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("verdicts", out verdictsElement)
                    || !root.TryGetProperty("overCap", out var ids) || ids.ValueKind != JsonValueKind.Array)
                {
                    throw corrupt("it is not a JSON object with verdicts and an overCap array", null);
                }
                overCap = ids.EnumerateArray().Select(id => id.ValueKind == JsonValueKind.String
                    ? id.GetString()!
                    : throw corrupt($"'{id}' in overCap is not an initiative id", null)).ToList();
            }
            if (verdictsElement.ValueKind != JsonValueKind.Object)
            {
                throw corrupt("its verdicts are not a JSON object", null);
            }
            foreach (var p in verdictsElement.EnumerateObject())
            {
                var name = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
                verdicts[p.Name] = Enum.GetNames<Verdict>().Contains(name) && Enum.TryParse<Verdict>(name, out var v)
                    ? v
                    : throw corrupt($"'{p.Value}' for '{p.Name}' is not a verdict", null);
            }
        }
        var count = properties.GetValueOrDefault(CountProperty);
        if (count != verdicts.Count.ToString(CultureInfo.InvariantCulture))
        {
            throw corrupt($"it holds {verdicts.Count} verdicts but its {CountProperty} says '{count}'", null);
        }
        return (verdicts, overCap);
    }
}
