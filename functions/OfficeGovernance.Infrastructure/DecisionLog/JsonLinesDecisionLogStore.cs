using System.Runtime.CompilerServices;
using System.Text;
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
public sealed partial class JsonLinesDecisionLogStore : IDecisionLogStore
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
    public async Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        await ReadEntriesAsync(cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);

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
