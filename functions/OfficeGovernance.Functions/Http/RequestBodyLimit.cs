using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OfficeGovernance.Functions.Http;

/// <summary>
/// The request body cap, <c>Http:MaxRequestBytes</c> (<see cref="RequestBoundsOptions"/>; docs/rules.md#request-bounds: a zip
/// bomb or a runaway upload is refused before it is read), applied by the worker middleware and by <c>serve</c>: a
/// declared length over it is 413 unread, and a chunked body that reads past it is 413 too, never 500.
/// </summary>
public static class RequestBodyLimit
{
    /// <summary>The default of <c>Http:MaxRequestBytes</c>: 50 MB.</summary>
    public const long MaxRequestBodyBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="next"/> with the request's body capped, answering 413 (a problem details document) when
    /// the declared length is over the cap or the body turns out longer while being read.
    /// </summary>
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await RefuseIfTooLargeAsync(context))
        {
            return;
        }
        try
        {
            await next();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLarge(context, $"The body is longer than the limit of {MaxBytes(context)} bytes (the setting Http:MaxRequestBytes).");
        }
    }

    /// <summary>
    /// Caps the body of <paramref name="context"/>'s request where the server lets it be capped, and answers 413 (a
    /// problem details document) when the declared length is over the cap.
    /// </summary>
    /// <returns>True when the request was refused and answered.</returns>
    public static async Task<bool> RefuseIfTooLargeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var max = MaxBytes(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }
        if (context.Request.ContentLength <= max || context.Request.ContentLength is null)
        {
            return false;
        }
        await TooLarge(context, $"The body of {context.Request.ContentLength} bytes is over the limit of {max} bytes (the setting Http:MaxRequestBytes).");
        return true;
    }

    private static long MaxBytes(HttpContext context) =>
        context.RequestServices?.GetService<IOptions<RequestBoundsOptions>>()?.Value.MaxRequestBytes ?? MaxRequestBodyBytes;

    private static Task TooLarge(HttpContext context, string detail) => TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.", detail: detail)
        .ExecuteAsync(context);
}
