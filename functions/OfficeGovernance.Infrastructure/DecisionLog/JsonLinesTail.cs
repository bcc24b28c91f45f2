using System.Text;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// The end of a JSON Lines log read backwards from the end of the file, so an append reads only the last line
/// whatever the log's length (docs/rules.md#decision-log). Every append writes its line and newline in one write, so a file
/// that does not end with a newline ends in a line that was being written when the writer stopped: torn, unless it
/// still reads as a whole entry (a hand-edited file whose last newline was dropped).
/// </summary>
/// <param name="Head">The last complete entry; null for an empty log.</param>
/// <param name="LastLineStart">The byte offset where the final line starts.</param>
/// <param name="EndsWithNewline">Whether the file ends with a newline (or is empty).</param>
/// <param name="Torn">The bytes of an incomplete final line; null when there is none.</param>
internal sealed record JsonLinesTail(DecisionEntry? Head, long LastLineStart, bool EndsWithNewline, byte[]? Torn)
{
    private const int Chunk = 64 * 1024;

    /// <summary>Reads the tail of <paramref name="stream"/>.</summary>
    /// <exception cref="DecisionLogCorruptException">The final complete line is not an entry.</exception>
    public static async Task<JsonLinesTail> ReadAsync(FileStream stream, string path, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        if (length == 0)
        {
            return new JsonLinesTail(null, 0, true, null);
        }
        var endsWithNewline = await ByteAtAsync(stream, length - 1, cancellationToken) == (byte)'\n';
        var lineEnd = endsWithNewline ? length - 1 : length;
        var lineStart = await LineStartAsync(stream, lineEnd, cancellationToken);
        var bytes = await ReadRangeAsync(stream, lineStart, lineEnd, cancellationToken);
        var entry = TryParse(bytes, out var problem);
        if (entry is not null)
        {
            return new JsonLinesTail(entry, lineStart, endsWithNewline, null);
        }
        if (endsWithNewline)
        {
            throw new DecisionLogCorruptException(
                $"Decision log {path}: the last line (from byte {lineStart}) is not a decision entry: {problem}");
        }
        // Torn: the head is the line before it, if any.
        if (lineStart == 0)
        {
            return new JsonLinesTail(null, 0, false, bytes);
        }
        var previousStart = await LineStartAsync(stream, lineStart - 1, cancellationToken);
        var previous = await ReadRangeAsync(stream, previousStart, lineStart - 1, cancellationToken);
        var head = TryParse(previous, out var previousProblem) ?? throw new DecisionLogCorruptException(
            $"Decision log {path}: the line before the incomplete last line is not a decision entry: {previousProblem}");
        return new JsonLinesTail(head, lineStart, false, bytes);
    }

    private static DecisionEntry? TryParse(byte[] bytes, out string? problem)
    {
        try
        {
            problem = null;
            return DecisionLogEntryJson.Parse(new UTF8Encoding(false, true).GetString(bytes).TrimEnd('\r'));
        }
        catch (Exception ex) when (ex is FormatException or DecoderFallbackException)
        {
            problem = ex.Message;
            return null;
        }
    }

    private static async Task<int> ByteAtAsync(FileStream stream, long offset, CancellationToken cancellationToken) =>
        (await ReadRangeAsync(stream, offset, offset + 1, cancellationToken))[0];

    /// <summary>The offset after the last newline before <paramref name="end"/> (0 when there is none).</summary>
    private static async Task<long> LineStartAsync(FileStream stream, long end, CancellationToken cancellationToken)
    {
        var position = end;
        while (position > 0)
        {
            var from = Math.Max(0, position - Chunk);
            var block = await ReadRangeAsync(stream, from, position, cancellationToken);
            var newline = Array.LastIndexOf(block, (byte)'\n');
            if (newline >= 0)
            {
                return from + newline + 1;
            }
            position = from;
        }
        return 0;
    }

    private static async Task<byte[]> ReadRangeAsync(FileStream stream, long from, long to, CancellationToken cancellationToken)
    {
        var bytes = new byte[to - from];
        stream.Seek(from, SeekOrigin.Begin);
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }
}
