using System.Text.Json;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// Shares the strings of short cell texts that repeat down a column (an initiative id, a metric name, a source), as
/// the shared string table of an .xlsx does: a million Observations rows naming a few hundred metrics hold a few
/// hundred strings, not a million (issue 23, finding 2). A small direct-mapped cache per thread; a miss only costs the
/// string the reader would have made anyway.
/// </summary>
internal static class CellTextCache
{
    private const int Slots = 4096;
    private const int MaxCachedBytes = 64;

    [ThreadStatic]
    private static string?[]? cache;

    /// <summary>The string at the reader (a <see cref="JsonTokenType.String"/>), shared when the same short text was read before on this thread.</summary>
    public static string? Read(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxCachedBytes)
        {
            return reader.GetString();
        }
        var span = reader.ValueSpan;
        var hash = new HashCode();
        hash.AddBytes(span);
        var slot = (hash.ToHashCode() & int.MaxValue) % Slots;
        var slots = cache ??= new string?[Slots];
        if (slots[slot] is { } known && reader.ValueTextEquals(known))
        {
            return known;
        }
        var text = reader.GetString();
        slots[slot] = text;
        return text;
    }
}
