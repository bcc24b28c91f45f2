using System.Text.Json;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// The JSON of an entity: a flat object of PartitionKey, RowKey and string properties. On reads, Timestamp and OData
/// annotations are dropped; a number or boolean someone wrote into the table is read as its JSON text rather than
/// refused, so a reader (the chain verifier) sees the altered value instead of failing to read.
/// </summary>
internal static class TableEntityJson
{
    private static readonly HashSet<string> SystemProperties =
        new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp" };

    /// <exception cref="ArgumentException">A property is named like a system property.</exception>
    public static byte[] Write(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity.Properties)
            {
                if (SystemProperties.Contains(name) || name.StartsWith("odata.", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{name}' is reserved and cannot be a property.", nameof(entity));
                }

                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads one entity object; <paramref name="etag"/> wins over an odata.etag inside it.</summary>
    /// <exception cref="InvalidDataException">The keys are missing or a property is an object or array.</exception>
    public static TableEntity Read(JsonElement element, string? etag)
    {
        string? partitionKey = null, rowKey = null, bodyEtag = null;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "PartitionKey":
                    partitionKey = property.Value.GetString();
                    break;
                case "RowKey":
                    rowKey = property.Value.GetString();
                    break;
                case "odata.etag":
                    bodyEtag = property.Value.GetString();
                    break;
                case "Timestamp":
                    break;
                default:
                    if (!property.Name.StartsWith("odata.", StringComparison.Ordinal) && !property.Name.Contains("@odata.", StringComparison.Ordinal))
                    {
                        properties[property.Name] = Text(property);
                    }

                    break;
            }
        }

        if (partitionKey is null || rowKey is null)
        {
            throw new InvalidDataException("The Table service returned an entity without PartitionKey or RowKey.");
        }

        return new TableEntity(partitionKey, rowKey, properties, etag ?? bodyEtag);
    }

    private static string Text(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
        _ => throw new InvalidDataException(
            $"Entity property '{property.Name}' is {property.Value.ValueKind}, not a string."),
    };
}
