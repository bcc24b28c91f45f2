using System.Text.Json;
using OfficeGovernance.Application.Workbooks.Registry;
using OfficeGovernance.Infrastructure.DecisionLog;

namespace OfficeGovernance.Infrastructure.Workbooks.Registry;

/// <summary>
/// The registry as one JSON file, <c>&lt;folder&gt;/workbooks.json</c>, for local use (issue 9): an array of
/// <c>{"workbookId","registeredBy","registeredAt"}</c> ordered by workbook id. Safe for several processes on one
/// machine: a register holds <c>workbooks.json.lock</c> exclusively while it reads, adds and writes, and writes a
/// temporary file that then replaces the registry, so a reader or a crash never sees half a file.
/// </summary>
public sealed class FileWorkbookRegistry : IWorkbookRegistry
{
    /// <summary>The registry's file name.</summary>
    public const string FileName = "workbooks.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly string _folder;
    private readonly FileLockRetry _retry;

    /// <summary>Creates the registry in <paramref name="folder"/> (created on first register).</summary>
    /// <exception cref="ArgumentException">A blank folder.</exception>
    public FileWorkbookRegistry(string folder)
        : this(folder, FileLockRetry.Default)
    {
    }

    internal FileWorkbookRegistry(string folder, FileLockRetry retry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _retry = retry;
    }

    /// <summary>The registry file.</summary>
    public string RegistryPath => Path.Combine(_folder, FileName);

    /// <inheritdoc />
    /// <exception cref="IOException">The folder cannot be written, or another process held the lock too long.</exception>
    public async Task<WorkbookRegistrationResult> RegisterAsync(
        string workbookId, string registeredBy, DateTimeOffset registeredAt, CancellationToken ct)
    {
        var registration = WorkbookRegistrationRules.Check(workbookId, registeredBy, registeredAt);
        Directory.CreateDirectory(_folder);
        await using var held = await _retry.OpenAsync(
            RegistryPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, ct).ConfigureAwait(false);
        var registrations = await ReadAsync(ct).ConfigureAwait(false);
        if (registrations.FirstOrDefault(r => string.Equals(r.WorkbookId, registration.WorkbookId, StringComparison.Ordinal))
            is { } stored)
        {
            return new WorkbookRegistrationResult(stored, Created: false);
        }
        registrations.Add(registration);
        var temp = RegistryPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await JsonSerializer.SerializeAsync(
                    stream, registrations.OrderBy(r => r.WorkbookId, StringComparer.Ordinal), Json, ct).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, RegistryPath, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        return new WorkbookRegistrationResult(registration, Created: true);
    }

    /// <inheritdoc />
    /// <remarks>No file yet is an empty registry.</remarks>
    public async Task<IReadOnlyList<WorkbookRegistration>> ListAsync(CancellationToken ct) =>
        [.. (await ReadAsync(ct).ConfigureAwait(false)).OrderBy(r => r.WorkbookId, StringComparer.Ordinal)];

    private async Task<List<WorkbookRegistration>> ReadAsync(CancellationToken ct)
    {
        if (!File.Exists(RegistryPath))
        {
            return [];
        }
        await using var stream = new FileStream(RegistryPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        List<WorkbookRegistration?>? read;
        try
        {
            read = await JsonSerializer.DeserializeAsync<List<WorkbookRegistration?>>(stream, Json, ct).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Workbook registry {RegistryPath} is not a JSON array of registrations: {ex.Message}", ex);
        }
        var registrations = new List<WorkbookRegistration>();
        foreach (var (item, index) in (read ?? []).Select((r, i) => (r, i)))
        {
            if (item is null || string.IsNullOrWhiteSpace(item.WorkbookId) || string.IsNullOrWhiteSpace(item.RegisteredBy))
            {
                throw new InvalidDataException(
                    $"Workbook registry {RegistryPath} entry {index + 1} needs a workbookId, registeredBy and registeredAt.");
            }
            registrations.Add(item with { RegisteredAt = item.RegisteredAt.ToUniversalTime() });
        }
        return registrations;
    }
}
