using System.Text.Json.Nodes;

namespace OfficeGovernance.Functions.Api.Contract;

/// <summary>
/// The query parameters and request headers of the API, each defined once (its schema and meaning) and named by
/// <see cref="ApiOperationAttribute.Query"/> or <see cref="ApiOperationAttribute.Headers"/>.
/// </summary>
public static class ApiParameters
{
    private static readonly Dictionary<string, (JsonObject Schema, string Description)> Known = new(StringComparer.Ordinal)
    {
        ["workbookId"] = (Text(), "The workbook's id: a file name in the workbooks folder locally, driveId/itemId with Graph."),
        ["asOf"] = (new JsonObject { ["type"] = "string", ["format"] = "date" },
            "The as-of date, yyyy-mm-dd in the workbook's time zone; default today there."),
        ["months"] = (new JsonObject { ["type"] = "integer", ["minimum"] = 1 }, "How many months the finance report covers, the as-of month last."),
        ["initiativeId"] = (Text(), "The InitiativeId, as the Initiatives table spells it."),
        ["type"] = (Text(), "The DecisionType label, such as Expand, Continue, Overage."),
        ["amount"] = (new JsonObject { ["type"] = "number" }, "The amount decided, in the workbook currency (0 when no money moves)."),
        ["cost"] = (new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("EffectiveCost", "BilledCost") },
            "Which FOCUS cost column becomes Spend Amount; default EffectiveCost."),
        ["fileName"] = (Text(), "The export's file name, named in problems and in each imported row's Source; default 'export'."),
        ["after"] = (new JsonObject { ["type"] = "integer", ["format"] = "int64", ["minimum"] = 0 },
            "List the entries after this sequence: 0 (the default) from the first, else the previous page's nextAfter."),
        ["limit"] = (new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = Application.DecisionLog.DecisionLogOptions.DefaultPageSize },
            "The most entries on the page: 1 to DecisionLog:PageSize (500 by default), which is also the default."),
        ["Idempotency-Key"] = (Text(), "A key the client makes once per intended change; a retry with the same key changes nothing twice."),
    };

    /// <summary>The OpenAPI parameter object of <paramref name="name"/> (a trailing <c>?</c> makes it optional).</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="location"><c>query</c> or <c>header</c>.</param>
    /// <exception cref="InvalidOperationException">The name is not one of the API's parameters.</exception>
    public static JsonObject Parameter(string name, string location = "query")
    {
        var required = !name.EndsWith('?');
        var bare = name.TrimEnd('?');
        if (!Known.TryGetValue(bare, out var known))
        {
            throw new InvalidOperationException($"Parameter '{bare}' is not defined in {nameof(ApiParameters)}.");
        }
        return new JsonObject
        {
            ["name"] = bare,
            ["in"] = location,
            ["required"] = required,
            ["description"] = known.Description,
            ["schema"] = known.Schema.DeepClone(),
        };
    }

    private static JsonObject Text() => new() { ["type"] = "string", ["minLength"] = 1 };
}
