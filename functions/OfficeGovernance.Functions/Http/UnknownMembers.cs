using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OfficeGovernance.Functions.Http;

/// <summary>
/// The members of a JSON body that its request type does not have, as paths such as <c>tables[0].rows[2].cell</c>,
/// found by walking the JSON beside the serializer's own contract of the type (so the names and their matching are
/// exactly the deserializer's).
/// </summary>
public static class UnknownMembers
{
    /// <summary>Every unknown member's path, in document order; empty for a body that is not valid JSON.</summary>
    public static IReadOnlyList<string> Of(ReadOnlyMemory<byte> json, Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TypeInfoResolver is null)
        {
            options = new JsonSerializerOptions(options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return [];
        }
        using (document)
        {
            var found = new List<string>();
            Walk(document.RootElement, options.GetTypeInfo(type), string.Empty, options, found);
            return found;
        }
    }

    private static void Walk(JsonElement element, JsonTypeInfo info, string path, JsonSerializerOptions options, List<string> found)
    {
        if (info.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (var member in element.EnumerateObject())
            {
                var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, member.Name, comparison));
                var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                if (property is null)
                {
                    found.Add(memberPath);
                }
                else
                {
                    Walk(member.Value, options.GetTypeInfo(property.PropertyType), memberPath, options, found);
                }
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } itemType && element.ValueKind == JsonValueKind.Array)
        {
            var itemInfo = options.GetTypeInfo(itemType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, itemInfo, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), options, found);
            }
        }
    }
}
