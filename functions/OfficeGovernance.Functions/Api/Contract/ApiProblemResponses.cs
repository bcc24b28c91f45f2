using System.Text.Json.Nodes;

namespace OfficeGovernance.Functions.Api.Contract;

/// <summary>
/// The problem answers of the OpenAPI document: the one problem details schema every 4xx answer uses
/// (application/problem+json) and what each status means in this API.
/// </summary>
public static class ApiProblemResponses
{
    /// <summary>The schema's name under <c>components/schemas</c>.</summary>
    public const string SchemaName = "Problem";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "Invalid input: the problem's errors name each field, or each cell as Table[Column] row N (Sheet!A1).",
        [401] = "No valid Entra ID access token for the API.",
        [403] = "The token lacks the access_as_user scope, or the caller's rights do not allow this (the problem says which).",
        [404] = "No workbook of that id that the caller can read.",
        [409] = "A conflict: the decision chain is broken, or the workbook changed meanwhile.",
        [413] = "The body is over 50 MB; it was not read.",
        [415] = "The body is not application/json (or, where allowed, an .xlsx workbook).",
        [503] = "A store the answer depends on cannot be reached (the problem names it and its setting); nothing was changed.",
    };

    /// <summary>The response object of a problem status, referring to the problem details schema.</summary>
    /// <exception cref="InvalidOperationException">The status has no description here.</exception>
    public static JsonObject Response(int status) => new()
    {
        ["description"] = Descriptions.TryGetValue(status, out var text) ? text
            : throw new InvalidOperationException($"Status {status} has no description in {nameof(ApiProblemResponses)}."),
        ["content"] = new JsonObject
        {
            ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = $"#/components/schemas/{SchemaName}" } },
        },
    };

    /// <summary>
    /// The RFC 9457 problem details schema with this API's <c>errors</c> extension (see
    /// <see cref="Http.Problems.ApiProblems"/>); other extensions vary by answer, so more members are allowed.
    /// </summary>
    public static JsonObject Schema() => new()
    {
        ["type"] = "object",
        ["description"] = "RFC 9457 problem details. errors lists every problem of a 400; a 409 of the log names the first broken entry.",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["instance"] = new JsonObject { ["type"] = "string" },
            ["errors"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        },
        ["additionalProperties"] = true,
    };
}
