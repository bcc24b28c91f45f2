using System.Text;
using System.Text.Json;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// The binding record of a file log (docs/rules.md#workbook-binding): <c>&lt;log&gt;.binding.json</c> beside it,
/// one JSON object <c>{"workbook": "..."}</c> naming the stored workbook that first wrote (its full path for the CLI,
/// its file name in the server's workbook folder). Moved into place whole and never over an existing record, so of two
/// first writers exactly one binds (a log older than bindings is held by the workbook it is the default log of); moved by writing a temporary file and renaming it over the record.
/// </summary>
/// <param name="logPath">The log file's full path.</param>
public sealed class JsonLinesWorkbookBinding(string logPath) : IWorkbookBindingStore
{
    /// <summary>The binding record's path.</summary>
    public string FilePath { get; } = logPath + ".binding.json";

    /// <inheritdoc />
    /// <exception cref="DecisionLogCorruptException">The record is not a binding record.</exception>
    public async Task<string?> ReadBindingAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(FilePath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return ImpliedHolder();
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.GetProperty("workbook").GetString() is { Length: > 0 } workbook ? workbook
                : throw new DecisionLogCorruptException($"Binding record {FilePath} names no workbook.");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new DecisionLogCorruptException($"Binding record {FilePath} is not a binding record: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// A log written before bindings existed has no record; when it is the default log of a workbook beside it
    /// (<c>W.xlsx.decisions.jsonl</c>) and holds entries, that workbook holds it, so a copy cannot claim it first.
    /// </summary>
    private string? ImpliedHolder()
    {
        const string suffix = ".decisions.jsonl";
        if (!logPath.EndsWith(suffix, StringComparison.Ordinal) || !File.Exists(logPath) || new FileInfo(logPath).Length == 0)
        {
            return null;
        }
        var owner = logPath[..^suffix.Length];
        return File.Exists(owner) ? owner : null;
    }

    /// <inheritdoc />
    public async Task<string> BindAsync(string workbook, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbook);
        if (await ReadBindingAsync(cancellationToken).ConfigureAwait(false) is { } holder)
        {
            return holder;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        // Written whole beside the record, then moved into place without overwriting: a reader never sees a record
        // half written (concurrent first writers read it while one binds), and a kill -9 mid-write leaves only a
        // temporary file, never an empty record that would refuse every append (issue 23).
        var temporary = FilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, Record(workbook), cancellationToken).ConfigureAwait(false);
        try
        {
            File.Move(temporary, FilePath, overwrite: false);
            return workbook;
        }
        catch (IOException) when (File.Exists(FilePath))
        {
            // Another first writer bound it between the read and the move: theirs holds.
            File.Delete(temporary);
            return await ReadBindingAsync(cancellationToken).ConfigureAwait(false) ?? workbook;
        }
    }

    /// <inheritdoc />
    public async Task RebindAsync(string workbook, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbook);
        var temporary = FilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, Record(workbook), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, FilePath, overwrite: true);
    }

    private static byte[] Record(string workbook) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["workbook"] = workbook }) + "\n");
}
