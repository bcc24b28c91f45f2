using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// The embedded decision log (docs/rules.md#decision-log): one JSON object per line
/// (<see cref="DecisionLogEntryJson"/>) in a UTF-8 file beside the workbook. Append-only: existing lines are never
/// rewritten. Appends take the file exclusively (<see cref="FileShare.None"/>) for the whole read-head-then-write step,
/// so concurrent appends from any number of processes serialize and never fork the chain. The head is read from the
/// end of the file (<see cref="JsonLinesTail"/>); an incomplete final line (a torn write) refuses appends until
/// <see cref="RepairAsync"/> removes it.
/// </summary>
public sealed class JsonLinesDecisionLogStore : IDecisionLogStore
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string _path;
    private readonly FileLockRetry _retry;

    /// <summary>Creates a store over <paramref name="path"/>; the file is created by the first append.</summary>
    /// <param name="path">The JSON Lines file.</param>
    public JsonLinesDecisionLogStore(string path)
        : this(path, FileLockRetry.Default)
    {
    }

    internal JsonLinesDecisionLogStore(string path, FileLockRetry retry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _retry = retry;
    }

    /// <summary>The file this store reads and appends to (absolute).</summary>
    public string FilePath => _path;

    /// <summary>The file's full path.</summary>
    public string Location => _path;

    /// <summary>
    /// The default log file of a workbook: the workbook's full file name plus ".decisions.jsonl", beside it
    /// ("portfolio.xlsx" gives "portfolio.xlsx.decisions.jsonl"). The extension is kept so that two workbooks that
    /// differ only by extension never share a log.
    /// </summary>
    public static string DefaultPathFor(string workbookPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbookPath);
        return workbookPath + ".decisions.jsonl";
    }

    /// <inheritdoc />
    /// <remarks>A missing file is an empty log. Waits (bounded) while an append holds the file. Reads line by line.</remarks>
    /// <exception cref="DecisionLogTornException">The file ends in an incomplete line.</exception>
    /// <exception cref="DecisionLogCorruptException">A line does not parse; names the file and line number.</exception>
    /// <exception cref="IOException">The file stayed locked past the retry budget, or another I/O failure.</exception>
    public async Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var entries = new List<DecisionEntry>();
        await foreach (var entry in ReadEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }
        return entries;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A missing file is an empty log. One line in memory at a time (a 64 KB read buffer); the file is shared for
    /// reading while the enumeration runs, so appends wait (bounded) until it ends. A final line without a newline is
    /// an entry when it parses as one, else torn.
    /// </remarks>
    /// <exception cref="DecisionLogTornException">The file ends in an incomplete line (thrown when the enumeration reaches it).</exception>
    /// <exception cref="DecisionLogCorruptException">A line does not parse or is not UTF-8; names the file and line number.</exception>
    /// <exception cref="IOException">The file stayed locked past the retry budget, or another I/O failure.</exception>
    public async IAsyncEnumerable<DecisionEntry> ReadEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = await OpenForReadingAsync(cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            yield break;
        }
        await using (stream.ConfigureAwait(false))
        {
            var endsWithNewline = stream.Length == 0 || await LastByteAsync(stream, cancellationToken).ConfigureAwait(false) == '\n';
            stream.Seek(0, SeekOrigin.Begin);
            using var reader = new StreamReader(stream, Utf8NoBom, detectEncodingFromByteOrderMarks: false, 64 * 1024, leaveOpen: true);
            long number = 0;
            string? pending = null;
            while (await ReadLineAsync(reader, number, cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (pending is not null)
                {
                    yield return ParseLine(pending, number);
                }
                number++;
                pending = line;
            }
            if (pending is null)
            {
                yield break;
            }
            if (!endsWithNewline && !ParsesAsEntry(pending))
            {
                throw new DecisionLogTornException(number, (int)Math.Max(0, number - 1));
            }
            yield return ParseLine(pending, number);
        }
    }

    /// <inheritdoc />
    /// <remarks>One streamed pass (<see cref="DecisionLogVerifier"/>); an incomplete final line is a broken chain at that line.</remarks>
    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken) =>
        (await DecisionLogVerifier.VerifyAsync(this, null, null, cancellationToken).ConfigureAwait(false)).Verification;

    /// <summary>The file opened for reading, shared with other readers; null when it does not exist (an empty log).</summary>
    private async Task<FileStream?> OpenForReadingAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return null;
        }
        try
        {
            return await _retry.OpenAsync(_path, FileMode.Open, FileAccess.Read, FileShare.Read, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            // Deleted between the existence check and the open: the log is empty again.
            return null;
        }
    }

    private async Task<string?> ReadLineAsync(StreamReader reader, long after, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DecisionLogCorruptException($"Decision log {_path} is not UTF-8 text (after line {after}).", ex);
        }
    }

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

    private DecisionEntry ParseLine(string line, long number)
    {
        try
        {
            return DecisionLogEntryJson.Parse(line.TrimEnd('\r'));
        }
        catch (FormatException ex)
        {
            throw new DecisionLogCorruptException($"Decision log {_path} line {number} is not a decision entry: {ex.Message}", ex);
        }
    }
}
