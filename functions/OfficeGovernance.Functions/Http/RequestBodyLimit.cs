using Microsoft.AspNetCore.Http.Features;

namespace OfficeGovernance.Functions.Http;

/// <summary>
/// Refuses a body declared larger than <see cref="HostBinding.MaxRequestBodyBytes"/> with a 413 problem before
/// reading it, and caps undeclared (chunked) bodies at the same size for the server to stop.
/// </summary>
public static class RequestBodyLimit
{
    /// <summary>Adds the check to the pipeline; put it first so nothing reads the body before it.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = HostBinding.MaxRequestBodyBytes;
            }
            if (context.Request.ContentLength > HostBinding.MaxRequestBodyBytes)
            {
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "The request body is too large.",
                    detail: $"The body of {context.Request.ContentLength} bytes is over the limit of {HostBinding.MaxRequestBodyBytes} bytes (50 MB).")
                    .ExecuteAsync(context);
                return;
            }
            await next(context);
        });
}
