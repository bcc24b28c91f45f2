using System.Text.Json;
using Azure;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>Turns a refused request into a <see cref="TableRequestFailedException"/> with the service's error code.</summary>
internal static class TableFailure
{
    public static TableRequestFailedException From(Response response, string what)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var headerCode);
        var (bodyCode, message) = ParseError(response.Content?.ToString() ?? string.Empty);
        return Create(response.Status, headerCode ?? bodyCode, message, what);
    }

    public static TableRequestFailedException Create(int status, string? code, string? message, string what) =>
        new(status, code, $"{what} failed with {status}{(code is null ? "" : " " + code)}" +
                          $"{(string.IsNullOrWhiteSpace(message) ? "" : ": " + message.Trim())}");

    /// <summary>The code and message of an <c>odata.error</c> body; nulls when the body is not one.</summary>
    public static (string? Code, string? Message) ParseError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("odata.error", out var error))
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m)
                ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
                : null;
            return (code, message);
        }
        catch (JsonException)
        {
            // Not JSON after all: the code is unknown, so the raw text becomes the message for the exception.
            return (null, body.Length > 300 ? body[..300] : body);
        }
    }
}
