using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http;

/// <summary>
/// Reads a JSON request body, turning malformed JSON into a 400 problem that names the JSON path, and a member the
/// request type does not have into a 400 naming every such member (a misspelt <c>asof</c> must not silently review
/// as of today). Names match as the API writes them (camelCase), case-insensitively.
/// </summary>
public static class RequestBody
{
    /// <summary>At most this many unknown members are named in one problem; the detail gives the count.</summary>
    public const int MaxNamedUnknownMembers = 50;

    // The contract as the API documents it, for naming unknown members; reading adds RowJsonConverter, which reads a
    // table row's cells into one array of values instead of a document per cell (issue 23, finding 2).
    private static readonly JsonSerializerOptions Contract = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly JsonSerializerOptions Options = new(Contract) { Converters = { new RowJsonConverter() } };

    /// <summary>The body as <typeparamref name="T"/>, or the problem that explains why it is not one.</summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.",
                $"Send the body as application/json, not '{request.ContentType}'."));
        }
        // The whole body (capped at Http:MaxRequestBytes before it is read) so that a refusal can name every unknown
        // member; its depth, rows and cells are checked (RequestJsonBounds) before anything is deserialized.
        var body = await ReadBytesAsync(request, cancellationToken);
        var bounds = request.HttpContext.RequestServices?.GetService<IOptions<RequestBoundsOptions>>()?.Value ?? new RequestBoundsOptions();
        if (RequestJsonBounds.Problem(body, bounds) is { } outOfBounds)
        {
            return (null, outOfBounds);
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(body, Options);
            return value is null ? (null, ApiProblems.Field("body", "a JSON object is required.")) : (value, null);
        }
        catch (JsonException e)
        {
            var unknown = UnknownMembers.Of(body, typeof(T), Contract);
            if (unknown.Count > 0)
            {
                return (null, ApiProblems.Fields(unknown.Take(MaxNamedUnknownMembers)
                    .Select(path => $"{path}: is not a field of this request; nothing was done.")
                    .Concat(unknown.Count > MaxNamedUnknownMembers ? [$"body: {unknown.Count} unknown fields in all."] : [])
                    .ToArray()));
            }
            return (null, ApiProblems.Field(string.IsNullOrEmpty(e.Path) ? "body" : e.Path, "is not valid JSON for this field."));
        }
    }

    /// <summary>The whole body as bytes (already capped at Http:MaxRequestBytes by the server; a chunked body past it ends in 413, RequestBodyLimit).</summary>
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // A declared length (already within the cap) is read into one array of that size: no doubling buffer and no
        // copy, which is what three concurrent bodies at the cap cost in peak memory (issue 23, finding 2).
        if (request.ContentLength is { } length and <= int.MaxValue)
        {
            var bytes = new byte[length];
            await request.Body.ReadExactlyAsync(bytes, cancellationToken);
            return bytes;
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
