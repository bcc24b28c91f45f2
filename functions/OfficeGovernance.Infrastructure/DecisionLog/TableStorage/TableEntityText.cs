using System.Globalization;
using Azure.Data.Tables;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// The adapters write string properties only (canonical text needs no EDM typing). On reads, a number, boolean or date
/// someone wrote into the table is read as its invariant text rather than refused, so a reader (the chain verifier)
/// sees the altered value instead of failing to read.
/// </summary>
internal static class TableEntityText
{
    private static readonly HashSet<string> SystemProperties =
        new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    /// <summary>The property as text; null when absent.</summary>
    public static string? Get(TableEntity entity, string name) =>
        entity.TryGetValue(name, out var value) ? Text(value) : null;

    /// <summary>The entity's own properties (no keys, timestamp or ETag) as text, by name.</summary>
    public static Dictionary<string, string> Properties(TableEntity entity) =>
        entity.Where(p => !SystemProperties.Contains(p.Key) && p.Value is not null)
            .ToDictionary(p => p.Key, p => Text(p.Value)!, StringComparer.Ordinal);

    /// <summary>One entity, or null when there is none (a missing table reads as no entity, too).</summary>
    /// <exception cref="Azure.RequestFailedException">The service refused other than by 404.</exception>
    public static async Task<TableEntity?> FindEntityAsync(
        this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>An entity of string properties.</summary>
    public static TableEntity Entity(string partitionKey, string rowKey, IEnumerable<KeyValuePair<string, string>> properties)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }
        return entity;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset instant => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        BinaryData binary => Convert.ToBase64String(binary.ToArray()),
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => value.ToString(),
    };
}
