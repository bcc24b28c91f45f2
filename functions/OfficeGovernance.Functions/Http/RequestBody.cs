using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Http;

/// <summary>Reads a JSON request body, turning malformed JSON into a 400 problem that names the JSON path.</summary>
public static class RequestBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The body as <typeparamref name="T"/>, or the problem that explains why it is not one.</summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.",
                $"Send the body as application/json, not '{request.ContentType}'."));
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken);
            return value is null ? (null, ApiProblems.Field("body", "a JSON object is required.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Field(string.IsNullOrEmpty(e.Path) ? "body" : e.Path, "is not valid JSON for this field."));
        }
    }

    /// <summary>The whole body as bytes (already capped at 50 MB by the server).</summary>
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
