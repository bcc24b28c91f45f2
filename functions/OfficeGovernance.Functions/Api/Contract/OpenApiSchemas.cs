using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OfficeGovernance.Functions.Api.Contract;

/// <summary>
/// The <c>components/schemas</c> of the OpenAPI document, made from the request and response types themselves by
/// System.Text.Json's <see cref="JsonSchemaExporter"/> (JSON Schema 2020-12, which OpenAPI 3.1 embeds as it is): every
/// record of this project becomes one named schema referred to by <c>$ref</c>. Request types (and the types they hold)
/// allow no other members, as <see cref="Http.RequestBody"/> refuses unknown fields; their members are all optional,
/// as the handlers name each missing one. Response members are all present, null where the type says so.
/// </summary>
public sealed class OpenApiSchemas
{
    // Web defaults as the API reads and writes, strict numbers so that a number is "number", not "number or string".
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly SortedDictionary<string, JsonNode> schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> named = new(StringComparer.Ordinal);
    private readonly HashSet<Type> requestTypes = [];

    /// <summary>A <c>$ref</c> to the schema of <paramref name="type"/>, made on first use.</summary>
    /// <exception cref="InvalidOperationException">Two types of the API share a name.</exception>
    public JsonObject Reference(Type type, bool request)
    {
        var element = ElementOf(type);
        if (element is not null)
        {
            return new JsonObject { ["type"] = "array", ["items"] = Reference(element, request) };
        }
        Add(type, request);
        return new JsonObject { ["$ref"] = $"#/components/schemas/{type.Name}" };
    }

    /// <summary>A named schema written by hand (the problem details), added as it is.</summary>
    public void AddNamed(string name, JsonObject schema) => schemas[name] = schema;

    /// <summary>Every schema made so far, by name.</summary>
    public JsonObject ToJson() => new(schemas.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value.DeepClone())));

    private void Add(Type type, bool request)
    {
        if (named.TryGetValue(type.Name, out var known))
        {
            if (known != type)
            {
                throw new InvalidOperationException($"{type.FullName} and {known.FullName} would share the schema name {type.Name}.");
            }
            if (request != requestTypes.Contains(type))
            {
                throw new InvalidOperationException($"{type.Name} is both a request and a response type; give each its own.");
            }
            return;
        }
        named[type.Name] = type;
        if (request)
        {
            requestTypes.Add(type);
        }
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Options, type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, request),
        }).AsObject();
        if (request)
        {
            schema.Remove("required");
            schema["additionalProperties"] = false;
            // A C# default of null (a member added later, such as month) says only "optional", which the missing
            // required list already says; openapi-typescript would read a default as "always present".
            foreach (var property in (schema["properties"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [])
            {
                if (property.TryGetPropertyValue("default", out var value) && value is null)
                {
                    property.Remove("default");
                }
            }
        }
        schemas[type.Name] = schema;
    }

    private JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, bool request)
    {
        var type = context.TypeInfo.Type;
        if (context.Path.IsEmpty || !IsComponent(context.TypeInfo))
        {
            return node;
        }
        var reference = Reference(type, request);
        return node is JsonObject obj && obj["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null")
            ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
            : reference;
    }

    private static bool IsComponent(JsonTypeInfo info) =>
        info.Kind == JsonTypeInfoKind.Object && info.Type.Namespace?.StartsWith("OfficeGovernance", StringComparison.Ordinal) == true;

    private static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        if (!type.IsGenericType)
        {
            return null;
        }
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(List<>)
            ? type.GetGenericArguments()[0]
            : null;
    }
}
