using System.Text;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog;

// Repair: removing an incomplete final line, and nothing else.
public sealed partial class JsonLinesDecisionLogStore
{
    /// <summary>
    /// Removes an incomplete final line, and nothing else (docs/rules.md#decision-log, <c>decisions repair</c>): under the
    /// append lock, <paramref name="beforeRemoving"/> is given the line's number and exact text first.
    /// </summary>
    /// <returns>True when a line was removed; false when the log ends in a complete entry (or is missing or empty).</returns>
    /// <exception cref="DecisionLogCorruptException">The last complete line does not parse; nothing is removed.</exception>
    public async Task<bool> RepairAsync(Func<long, string, Task> beforeRemoving, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(beforeRemoving);
        if (!File.Exists(_path))
        {
            return false;
        }
        var stream = await _retry.OpenAsync(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, cancellationToken)
            .ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var tail = await JsonLinesTail.ReadAsync(stream, _path, cancellationToken).ConfigureAwait(false);
            if (tail.Torn is null)
            {
                return false;
            }
            var lineNumber = await LineCountAsync(stream, tail.LastLineStart, cancellationToken) + 1;
            await beforeRemoving(lineNumber, new UTF8Encoding(false, false).GetString(tail.Torn)).ConfigureAwait(false);
            stream.SetLength(tail.LastLineStart);
            stream.Flush(flushToDisk: true);
            return true;
        }
    }

    private static async Task<int> LastByteAsync(FileStream stream, CancellationToken cancellationToken)
    {
        stream.Seek(-1, SeekOrigin.End);
        var one = new byte[1];
        await stream.ReadExactlyAsync(one, cancellationToken).ConfigureAwait(false);
        return one[0];
    }

    private static async Task<long> LineCountAsync(FileStream stream, long before, CancellationToken cancellationToken)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var buffer = new byte[64 * 1024];
        long lines = 0;
        var remaining = before;
        while (remaining > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken)
                .ConfigureAwait(false);
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            remaining -= read;
        }
        return lines;
    }
}
