using Microsoft.AspNetCore.WebUtilities;

namespace OfficeGovernance.Functions.Http;

/// <summary>
/// Lets one large review or finance report body at a time be read, parsed and reviewed (issue 23, finding 2): a body
/// near <c>Http:MaxRequestBytes</c> (a million table rows) holds a few hundred megabytes while it is a model, so three
/// at once would pass the 1 GB the server must stay under. Small bodies (the add-in's usual portfolio, a few MB) never
/// wait; a large one waits for the one before it, and <c>/api/health</c> and every other endpoint answer meanwhile.
/// A body of unknown length (chunked) counts as large. A large body is received whole (into a temporary file past
/// 64 KB) before the gate is taken, so a caller who sends slowly holds a file, never the gate (docs/rules.md#request-bounds).
/// </summary>
public static class LargeBodyGate
{
    /// <summary>A body of at least this many bytes (4 MB) is large: about 80,000 table rows.</summary>
    public const long LargeBodyBytes = 4L * 1024 * 1024;

    /// <summary>How much of a large body is held in memory while it is received; the rest goes to a temporary file.</summary>
    private const int InMemoryBytes = 64 * 1024;

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>
    /// Waits until <paramref name="request"/>'s body may be read when it is large; dispose the answer when the body's
    /// model is no longer needed (the answer is written).
    /// </summary>
    /// <exception cref="OperationCanceledException">The request was aborted while its body was received or while waiting.</exception>
    /// <exception cref="BadHttpRequestException">The body is longer than <c>Http:MaxRequestBytes</c> (413, answered by <see cref="RequestBodyLimit"/>).</exception>
    public static async Task<IDisposable> EnterAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is { } length && length < LargeBodyBytes)
        {
            return Entered.None;
        }
        request.EnableBuffering(InMemoryBytes);
        await request.Body.DrainAsync(cancellationToken);
        request.Body.Position = 0;
        await Gate.WaitAsync(cancellationToken);
        return new Entered();
    }

    private sealed class Entered : IDisposable
    {
        public static readonly IDisposable None = new NoGate();
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                Gate.Release();
            }
        }

        private sealed class NoGate : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
