using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfficeGovernance.Functions.Http.Endpoints;

/// <summary>
/// The custom handler's answer to a non-HTTP trigger, as the Functions host reads it:
/// <c>{"Outputs":{},"Logs":[...],"ReturnValue":null}</c>. The timer has no output bindings.
/// </summary>
/// <param name="Outputs">Output binding values by name; always empty here.</param>
/// <param name="Logs">Lines the host writes to the invocation's log.</param>
/// <param name="ReturnValue">Always null: the timer returns nothing.</param>
public sealed record TimerInvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue);

/// <summary>
/// Reads the host's invocation payload (<c>{"Data":{"timer":{...,"IsPastDue":false}},"Metadata":{...}}</c>)
/// tolerantly: names may differ in case, members may be missing or extra, and a body that is not JSON is noted in the
/// logs and otherwise ignored, because the run itself needs nothing from it.
/// </summary>
public static class TimerInvocationPayload
{
    /// <summary>Log lines describing the invocation: the trigger binding's IsPastDue, or why the payload was unreadable.</summary>
    public static async Task<IReadOnlyList<string>> DescribeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return ["Timer invocation without a payload."];
        }
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            var pastDue = Member(document.RootElement, "Data") is { ValueKind: JsonValueKind.Object } data
                ? data.EnumerateObject().Select(binding => Member(binding.Value, "IsPastDue"))
                    .FirstOrDefault(v => v is { ValueKind: JsonValueKind.True or JsonValueKind.False })
                : null;
            return pastDue is { ValueKind: JsonValueKind.True } ? ["Timer invocation past due: running now."]
                : ["Timer invocation on schedule."];
        }
        catch (JsonException e)
        {
            return [$"Timer payload is not JSON ({e.Message}); running anyway."];
        }
    }

    private static JsonElement? Member(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }
}
