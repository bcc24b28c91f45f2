using Microsoft.AspNetCore.Http.Features;

namespace OfficeGovernance.Functions.Http;

/// <summary>
/// The 50 MB request body cap (PRODUCT.md section 6: a zip bomb or a runaway upload is refused before it is read),
/// applied by the worker middleware and by <c>serve</c>.
/// </summary>
public static class RequestBodyLimit
{
    /// <summary>The largest request body accepted: 50 MB; larger ones get 413 before they are read.</summary>
    public const long MaxRequestBodyBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Caps the body of <paramref name="context"/>'s request where the server lets it be capped, and answers 413 (a
    /// problem details document) when the declared length is over the cap.
    /// </summary>
    /// <returns>True when the request was refused and answered.</returns>
    public static async Task<bool> RefuseIfTooLargeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBodyBytes;
        }
        if (context.Request.ContentLength <= MaxRequestBodyBytes || context.Request.ContentLength is null)
        {
            return false;
        }
        await TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large.",
            detail: $"The body of {context.Request.ContentLength} bytes is over the limit of {MaxRequestBodyBytes} bytes (50 MB).")
            .ExecuteAsync(context);
        return true;
    }
}
