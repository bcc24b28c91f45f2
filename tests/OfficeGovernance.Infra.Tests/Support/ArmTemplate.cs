using System.Text.Json.Nodes;

namespace OfficeGovernance.Infra.Tests.Support;

/// <summary>Reads compiled ARM templates, whichever form Bicep chose for their resources.</summary>
public static class ArmTemplate
{
    /// <summary>The template's resources and those of every nested deployment (modules) in it.</summary>
    public static IEnumerable<JsonObject> AllResources(JsonObject template)
    {
        foreach (var resource in Resources(template))
        {
            yield return resource;
            if (resource["properties"] is JsonObject properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in AllResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonObject template, string type) =>
        AllResources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject Single(JsonObject template, string type) => Assert.Single(OfType(template, type));

    private static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };
}
