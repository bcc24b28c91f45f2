using System.Globalization;
using System.Net;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Sits just inside the SDK's retry handler and shortens a Retry-After longer than the configured cap, so the retry
/// handler (which sleeps what the header says) never waits longer than <see cref="GraphSettings.MaxRetryAfter"/>.
/// HTTP-date values are turned into whole seconds against <see cref="TimeProvider"/> (UTC).
/// </summary>
internal sealed class RetryAfterCap(TimeSpan cap, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct).ConfigureAwait(false);
        if (!GraphRetryPolicy.IsRetryable(response.StatusCode) || response.Headers.RetryAfter is not { } retryAfter)
        {
            return response;
        }
        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : TimeSpan.Zero);
        var capped = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
        // The SDK reads only whole seconds (or a date), so the header is rewritten as seconds, rounded up.
        var seconds = (long)Math.Ceiling(capped.TotalSeconds);
        response.Headers.Remove("Retry-After");
        response.Headers.TryAddWithoutValidation("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
        return response;
    }
}

/// <summary>Which Graph answers are retried (docs/rules.md#faults-and-retries): throttling and unavailability.</summary>
internal static class GraphRetryPolicy
{
    /// <summary>True for 429 Too Many Requests and 503 Service Unavailable.</summary>
    public static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;
}
