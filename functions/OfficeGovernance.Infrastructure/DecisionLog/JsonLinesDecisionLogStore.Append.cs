using System.Text;
using System.Text.Json;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog;

// Appends: the exclusive read-head-then-write step, and finding a decision id or idempotency key already stored.
public sealed partial class JsonLinesDecisionLogStore
{
    /// <inheritdoc />
    /// <remarks>
    /// Reads only the file's last line for the head (<see cref="JsonLinesTail"/>), so memory and the head's cost do
    /// not grow with the log. Finding a repeated decision id or idempotency key streams the file line by line (one
    /// line in memory), matching the serialized id or key before parsing a line.
    /// </remarks>
    /// <exception cref="DecisionLogTornException">The file ends in an incomplete line; nothing is written.</exception>
    /// <exception cref="IdempotencyKeyConflictException">The draft's idempotency key recorded other content.</exception>
    /// <exception cref="DecisionLogCorruptException">The last line does not parse; nothing is written.</exception>
    /// <exception cref="IOException">The file stayed locked past the retry budget, or another I/O failure.</exception>
    public async Task<DecisionEntry> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var directory = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var stream = await _retry.OpenAsync(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, cancellationToken)
            .ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var tail = await JsonLinesTail.ReadAsync(stream, _path, cancellationToken).ConfigureAwait(false);
            if (tail.Torn is not null)
            {
                throw new DecisionLogTornException(await LineCountAsync(stream, tail.LastLineStart, cancellationToken) + 1,
                    tail.Head is null ? 0 : (int)tail.Head.Sequence);
            }
            if (await FindStoredAsync(stream, draft, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                return draft.IdempotencyKey is not null
                       && string.Equals(stored.Decision.IdempotencyKey, draft.IdempotencyKey, StringComparison.Ordinal)
                    ? IdempotentReplay.Resolve(draft, stored)
                    : stored;
            }
            var entry = DecisionChain.Next(draft, tail.Head);
            var line = (tail.EndsWithNewline ? "" : "\n") + DecisionLogEntryJson.Serialize(entry) + "\n";
            stream.Seek(0, SeekOrigin.End);
            await stream.WriteAsync(Utf8NoBom.GetBytes(line), cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
            return entry;
        }
    }

    private async Task<DecisionEntry?> FindStoredAsync(FileStream stream, DecisionDraft draft, CancellationToken cancellationToken)
    {
        // Needles as the writer escapes them, so most lines are skipped without parsing.
        var idNeedle = "\"decisionId\":" + JsonSerializer.Serialize(draft.DecisionId);
        var keyNeedle = draft.IdempotencyKey is { } key ? "\"idempotencyKey\":" + JsonSerializer.Serialize(key) : null;
        DecisionEntry? found = null;
        await ScanLinesAsync(stream, (line, number) =>
        {
            if (!line.Contains(idNeedle, StringComparison.Ordinal)
                && (keyNeedle is null || !line.Contains(keyNeedle, StringComparison.Ordinal)))
            {
                return false;
            }
            var entry = ParseLine(line, number);
            found = string.Equals(entry.Decision.DecisionId, draft.DecisionId, StringComparison.Ordinal)
                    || (draft.IdempotencyKey is not null
                        && string.Equals(entry.Decision.IdempotencyKey, draft.IdempotencyKey, StringComparison.Ordinal))
                ? entry : null;
            return found is not null;
        }, cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>
    /// Calls <paramref name="onLine"/> with each line and its 1-based number until it returns true. A final line
    /// without a newline is passed only when it parses as an entry; otherwise it is torn.
    /// </summary>
    private async Task ScanLinesAsync(FileStream stream, Func<string, long, bool> onLine, CancellationToken cancellationToken)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var endsWithNewline = stream.Length == 0 || await LastByteAsync(stream, cancellationToken) == '\n';
        stream.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Utf8NoBom, detectEncodingFromByteOrderMarks: false, 64 * 1024, leaveOpen: true);
        long number = 0;
        string? pending = null;
        try
        {
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (pending is not null && onLine(pending, number))
                {
                    return;
                }
                number++;
                pending = line;
            }
        }
        catch (DecoderFallbackException ex)
        {
            throw new DecisionLogCorruptException($"Decision log {_path} is not UTF-8 text (after line {number}).", ex);
        }
        if (pending is null)
        {
            return;
        }
        if (!endsWithNewline && !ParsesAsEntry(pending))
        {
            throw new DecisionLogTornException(number, (int)Math.Max(0, number - 1));
        }
        onLine(pending, number);
    }

    private static bool ParsesAsEntry(string line)
    {
        try
        {
            DecisionLogEntryJson.Parse(line.TrimEnd('\r'));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
