using Azure.Core;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// Pipeline options of <see cref="TableServiceClient"/>: retries (exponential; 408, 429, 500, 502, 503, 504, timeouts
/// and lost connections are retried; 404, 409 and 412 are answers, not faults) and the transport, which tests replace.
/// </summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>
    /// Options with 4 retries, a first delay of 0.5 s doubling up to 8 s, and a 30 s network timeout per attempt.
    /// </summary>
    public TableClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 4;
        Retry.Delay = TimeSpan.FromMilliseconds(500);
        Retry.MaxDelay = TimeSpan.FromSeconds(8);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        Diagnostics.IsLoggingContentEnabled = false;
    }
}
