using System.Text;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// The embedded decision log (PRODUCT.md section 3 and 5): one JSON object per line
/// (<see cref="DecisionLogEntryJson"/>) in a UTF-8 file beside the workbook. Append-only: existing lines are never
/// rewritten. Appends take the file exclusively (<see cref="FileShare.None"/>) for the whole read-head-then-write step,
/// so concurrent appends from any number of processes serialize and never fork the chain.
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
    /// <remarks>A missing file is an empty log. Waits (bounded) while an append holds the file.</remarks>
    /// <exception cref="DecisionLogCorruptException">A line does not parse; names the file and line number.</exception>
    /// <exception cref="IOException">The file stayed locked past the retry budget, or another I/O failure.</exception>
    public async Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return [];
        }
        FileStream stream;
        try
        {
            stream = await _retry.OpenAsync(_path, FileMode.Open, FileAccess.Read, FileShare.Read, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            // Deleted between the existence check and the open: the log is empty again.
            return [];
        }
        await using (stream.ConfigureAwait(false))
        {
            return (await ReadEntriesAsync(stream, cancellationToken).ConfigureAwait(false)).Entries;
        }
    }

    /// <inheritdoc />
    /// <exception cref="DecisionLogCorruptException">An existing line does not parse; nothing is written.</exception>
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
            var log = await ReadEntriesAsync(stream, cancellationToken).ConfigureAwait(false);
            var existing = log.Entries.FirstOrDefault(e =>
                string.Equals(e.Decision.DecisionId, draft.DecisionId, StringComparison.Ordinal));
            if (existing is not null)
            {
                return existing;
            }
            var entry = DecisionChain.Next(draft, log.Entries.Count == 0 ? null : log.Entries[^1]);
            var line = (log.EndsWithNewline ? "" : "\n") + DecisionLogEntryJson.Serialize(entry) + "\n";
            stream.Seek(0, SeekOrigin.End);
            await stream.WriteAsync(Utf8NoBom.GetBytes(line), cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
            return entry;
        }
    }

    private async Task<StoredLog> ReadEntriesAsync(FileStream stream, CancellationToken cancellationToken)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var bytes = new byte[stream.Length];
        await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        string text;
        try
        {
            text = Utf8NoBom.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DecisionLogCorruptException($"Decision log {_path} is not UTF-8 text.", ex);
        }
        var entries = new List<DecisionEntry>();
        var lines = text.Split('\n');
        // A file ending with a newline splits into a last empty piece that is not a line.
        var lineCount = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < lineCount && text.Length > 0; i++)
        {
            try
            {
                entries.Add(DecisionLogEntryJson.Parse(lines[i].TrimEnd('\r')));
            }
            catch (FormatException ex)
            {
                throw new DecisionLogCorruptException(
                    $"Decision log {_path} line {i + 1} is not a decision entry: {ex.Message}", ex);
            }
        }
        return new StoredLog(entries, text.Length == 0 || text.EndsWith('\n'));
    }

    private sealed record StoredLog(IReadOnlyList<DecisionEntry> Entries, bool EndsWithNewline);
}
