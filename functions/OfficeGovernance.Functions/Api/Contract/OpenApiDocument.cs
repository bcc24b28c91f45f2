using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeGovernance.Functions.Http.Handlers;

namespace OfficeGovernance.Functions.Api.Contract;

/// <summary>
/// The OpenAPI 3.1 document served at <c>/api/openapi.json</c>, generated from <see cref="HttpFunctions"/> (every path
/// and method the <c>[HttpTrigger]</c> attributes declare, the operation id being the function name), each function's
/// <see cref="ApiOperationAttribute"/> (parameters, bodies, answers) and the request and response types
/// (<see cref="OpenApiSchemas"/>). Every problem answers application/problem+json (RFC 9457). The add-in's API types
/// are generated from the checked-in copy <c>addin/src/api/openapi.json</c>, which a test holds equal to this
/// (ADR 0019).
/// </summary>
public static class OpenApiDocument
{
    private static readonly Lazy<string> Document = new(Build);

    /// <summary>The document as indented JSON text, ending in a newline.</summary>
    public static string Json => Document.Value;

    private static string Build()
    {
        var schemas = new OpenApiSchemas();
        schemas.AddNamed(ApiProblemResponses.SchemaName, ApiProblemResponses.Schema());
        var paths = new JsonObject();
        foreach (var group in HttpFunctions.All.GroupBy(f => f.Path))
        {
            var item = new JsonObject();
            foreach (var function in group)
            {
                var contract = function.Method.GetCustomAttribute<ApiOperationAttribute>()
                    ?? throw new InvalidOperationException($"Function {function.Name} has no [{nameof(ApiOperationAttribute)}].");
                foreach (var method in function.HttpMethods)
                {
                    item[method.ToLowerInvariant()] = Operation(function, contract, schemas);
                }
            }
            paths[group.Key] = item;
        }
        var document = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "OfficeGovernance API",
                ["version"] = "1",
                ["summary"] = "Reviews an AI portfolio workbook, records decisions in its hash-chained log, previews the weekly status.",
                ["license"] = new JsonObject { ["name"] = "Proprietary", ["identifier"] = "LicenseRef-Proprietary" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The Function app, or serve on loopback." }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas.ToJson(),
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
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Operation(HttpFunction function, ApiOperationAttribute contract, OpenApiSchemas schemas)
    {
        var operation = new JsonObject
        {
            ["operationId"] = function.Name,
            ["summary"] = contract.Summary,
            ["tags"] = new JsonArray(function.Type.Name.Replace("Api", string.Empty, StringComparison.Ordinal)),
        };
        var parameters = contract.Query.Select(q => ApiParameters.Parameter(q))
            .Concat(contract.Headers.Select(h => ApiParameters.Parameter(h, "header"))).ToArray();
        if (parameters.Length > 0)
        {
            operation["parameters"] = new JsonArray(parameters.Select(p => (JsonNode)p).ToArray());
        }
        var takesBody = contract.Body is not null || contract.XlsxBody || contract.FileBody.Length > 0;
        if (takesBody)
        {
            var content = new JsonObject();
            if (contract.Body is not null)
            {
                content["application/json"] = new JsonObject { ["schema"] = schemas.Reference(contract.Body, request: true) };
            }
            if (contract.XlsxBody)
            {
                content[ReviewHandler.XlsxMediaType] = Binary();
            }
            foreach (var mediaType in contract.FileBody)
            {
                content[mediaType] = Binary();
            }
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = content };
        }
        var responses = new JsonObject();
        foreach (var status in contract.Success.Order())
        {
            var success = Success(contract, schemas);
            success["description"] = status == 201 ? "Created." : contract.Success.Contains(201) ? "Done; it already existed." : "Done.";
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = success;
        }
        var problems = new SortedSet<int>(contract.Problems);
        if (!function.AllowAnonymous)
        {
            problems.UnionWith([401, 403]);
        }
        if (takesBody)
        {
            problems.Add(413);
        }
        if (contract.Body is not null)
        {
            problems.Add(415);
        }
        foreach (var status in problems)
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = ApiProblemResponses.Response(status);
        }
        operation["responses"] = responses;
        // An empty requirement list says "no token" explicitly, rather than leaving security out.
        operation["security"] = function.AllowAnonymous
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["entra"] = new JsonArray("access_as_user") });
        return operation;
    }

    private static JsonObject Success(ApiOperationAttribute contract, OpenApiSchemas schemas)
    {
        var content = new JsonObject();
        if (contract.XlsxResponse)
        {
            content[ReviewHandler.XlsxMediaType] = Binary();
        }
        if (contract.Response is not null)
        {
            content["application/json"] = new JsonObject { ["schema"] = schemas.Reference(contract.Response, request: false) };
        }
        var success = new JsonObject { ["description"] = "Done." };
        if (content.Count > 0)
        {
            success["content"] = content;
        }
        return success;
    }

    private static JsonObject Binary() => new() { ["schema"] = new JsonObject { ["type"] = "string", ["contentMediaType"] = ReviewHandler.XlsxMediaType } };
}
