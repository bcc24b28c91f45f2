using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeGovernance.Functions.Api;

/// <summary>
/// The OpenAPI 3.0 document served at <c>/api/openapi.json</c>: every path and method of <see cref="HttpFunctions"/>,
/// its operation id (the function name), and the Entra ID bearer requirement on every operation that is not anonymous.
/// </summary>
public static class OpenApiDocument
{
    private static readonly Lazy<string> Document = new(Build);

    // Answers other than the default application/json, by function name: the finance report negotiates by Accept.
    private static readonly Dictionary<string, string[]> Produces = new(StringComparer.Ordinal)
    {
        [nameof(FinanceApi.FinanceReport)] = [Http.Handlers.ReviewHandler.XlsxMediaType, "application/json"],
        [nameof(FinanceApi.FinanceReportOfTables)] = [Http.Handlers.ReviewHandler.XlsxMediaType, "application/json"],
    };

    /// <summary>The document as JSON text.</summary>
    public static string Json => Document.Value;

    private static string Build()
    {
        var paths = new JsonObject();
        foreach (var group in HttpFunctions.All.GroupBy(f => f.Path))
        {
            var item = new JsonObject();
            foreach (var function in group)
            {
                foreach (var method in function.HttpMethods)
                {
                    var operation = new JsonObject
                    {
                        ["operationId"] = function.Name,
                        ["tags"] = new JsonArray(function.Type.Name.Replace("Api", string.Empty, StringComparison.Ordinal)),
                        ["responses"] = new JsonObject
                        {
                            ["200"] = new JsonObject { ["description"] = "Done." },
                            ["400"] = new JsonObject { ["description"] = "Invalid input: a problem details document naming the fields or cells." },
                        },
                    };
                    if (Produces.TryGetValue(function.Name, out var mediaTypes))
                    {
                        var content = new JsonObject();
                        foreach (var mediaType in mediaTypes)
                        {
                            content[mediaType] = new JsonObject();
                        }
                        operation["responses"]!["200"]!["content"] = content;
                    }
                    if (!function.AllowAnonymous)
                    {
                        operation["security"] = new JsonArray(new JsonObject { ["entra"] = new JsonArray("access_as_user") });
                    }
                    item[method.ToLowerInvariant()] = operation;
                }
            }
            paths[group.Key] = item;
        }
        var document = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "OfficeGovernance API", ["version"] = "1" },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["entra"] = new JsonObject
                    {
                        ["type"] = "http",
                        ["scheme"] = "bearer",
                        ["bearerFormat"] = "JWT",
                        ["description"] = "An Entra ID access token for the API with the access_as_user scope.",
                    },
                },
            },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
