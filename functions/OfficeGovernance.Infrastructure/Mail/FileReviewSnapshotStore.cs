using System.Text.Json;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// Keeps each week's verdicts as <c>&lt;directory&gt;/&lt;isoWeek&gt;/review.json</c>
/// (<c>{"isoWeek":"2026-W47","verdicts":{"A-1":"Fix"},"overCap":["A-1"]}</c>) so the next weekly status can report
/// verdict changes and new overruns since the last review (docs/rules.md#weekly-status). Saving replaces the week's file
/// atomically. A file without <c>overCap</c> (kept before it was recorded) still reads, with over-cap state unknown.
/// </summary>
public sealed class FileReviewSnapshotStore : IReviewSnapshotStore
{
    private const string FileName = "review.json";
    private readonly string _directory;

    /// <summary>Creates a store over <paramref name="directory"/> (created on first save).</summary>
    public FileReviewSnapshotStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
    }

    /// <inheritdoc />
    public async Task SaveAsync(
        IsoWeek week, IReadOnlyDictionary<string, Verdict> verdicts, IReadOnlyCollection<string> overCap, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(overCap);
        var folder = Path.Combine(_directory, week.ToString());
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + FileName + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    w.WriteStartObject();
                    w.WriteString("isoWeek", week.ToString());
                    w.WriteStartObject("verdicts");
                    foreach (var (id, verdict) in verdicts.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
                    {
                        w.WriteString(id, verdict.ToString());
                    }
                    w.WriteEndObject();
                    w.WriteStartArray("overCap");
                    foreach (var id in overCap.Order(StringComparer.OrdinalIgnoreCase))
                    {
                        w.WriteStringValue(id);
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, Path.Combine(folder, FileName), overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The verdicts saved for <paramref name="week"/>; null when none were saved.</summary>
    /// <exception cref="InvalidDataException">The file is not a snapshot; names the file.</exception>
    public async Task<ReviewSnapshot?> LoadAsync(IsoWeek week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        var path = Path.Combine(_directory, week.ToString(), FileName);
        return File.Exists(path) ? await ReadAsync(week, path, ct).ConfigureAwait(false) : null;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidDataException">That file is not a snapshot; names the file.</exception>
    public async Task<ReviewSnapshot?> LoadLatestBeforeAsync(IsoWeek week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        if (!Directory.Exists(_directory))
        {
            return null;
        }
        var latest = Directory.EnumerateDirectories(_directory)
            .Select(d => IsoWeek.TryParse(Path.GetFileName(d), out var w) ? w : null)
            .OfType<IsoWeek>()
            .Where(w => w.CompareTo(week) < 0 && File.Exists(Path.Combine(_directory, w.ToString(), FileName)))
            .Max();
        return latest is null ? null : await LoadAsync(latest, ct).ConfigureAwait(false);
    }

    private static async Task<ReviewSnapshot> ReadAsync(IsoWeek week, string path, CancellationToken ct)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            using var doc = await JsonDocument.ParseAsync(stream, cancellationToken: ct).ConfigureAwait(false);
            var verdicts = new Dictionary<string, Verdict>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in doc.RootElement.GetProperty("verdicts").EnumerateObject())
            {
                var name = p.Value.GetString();
                verdicts[p.Name] = Enum.GetNames<Verdict>().Contains(name) && Enum.TryParse<Verdict>(name, out var v)
                    ? v
                    : throw new InvalidDataException($"Review snapshot {path}: '{p.Value}' for '{p.Name}' is not a verdict.");
            }
            var overCap = doc.RootElement.TryGetProperty("overCap", out var ids)
                ? ids.EnumerateArray().Select(id => id.GetString()
                    ?? throw new InvalidDataException($"Review snapshot {path}: an overCap id is null.")).ToArray()
                : null;
            return new ReviewSnapshot(week, verdicts, overCap);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"Review snapshot {path} is not a snapshot: {ex.Message}", ex);
        }
    }
}
