namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// The settings of the Graph adapters (<c>Graph:BaseUrl</c>, <c>Graph:Credential</c>; docs/rules.md#weekly-run-through-graph),
/// validated when constructed so a bad configuration fails at start-up, not at the first weekly run.
/// </summary>
public sealed record GraphSettings
{
    /// <summary>Graph's global v1.0 endpoint, the default base URL.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://graph.microsoft.com/v1.0");

    /// <summary>The most retries the SDK's retry handler will make for one request (its own ceiling is 10).</summary>
    public const int MaxRetryLimit = 10;

    /// <summary>Creates validated settings.</summary>
    /// <param name="baseUrl">Absolute http(s) URL up to and including the API version, such as
    /// https://graph.microsoft.com/v1.0; null for <see cref="DefaultBaseUrl"/>.</param>
    /// <param name="credential">How to authenticate.</param>
    /// <param name="maxRetry">Retries per request on 429 or 503, 0 to <see cref="MaxRetryLimit"/>.</param>
    /// <param name="maxRetryAfter">The longest wait honoured from one Retry-After header (a longer one is shortened to
    /// it); null for 180 seconds, the SDK's own ceiling. Tests pass <see cref="TimeSpan.Zero"/> so they never sleep.</param>
    /// <param name="managedIdentityClientId">The user-assigned identity's client id; null for the system-assigned one.</param>
    /// <exception cref="ArgumentException">The base URL is not absolute http(s); it is http but not loopback;
    /// <see cref="GraphCredentialKind.None"/> is asked for a base URL that is not loopback; a retry setting is out of range.</exception>
    public GraphSettings(Uri? baseUrl = null, GraphCredentialKind credential = GraphCredentialKind.ManagedIdentity,
        int maxRetry = 5, TimeSpan? maxRetryAfter = null, string? managedIdentityClientId = null)
    {
        var url = baseUrl ?? DefaultBaseUrl;
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"Graph:BaseUrl must be an absolute http(s) URL, not '{url}'.", nameof(baseUrl));
        }
        // Tokens and workbooks must never cross the network in clear text; plain http is only for a local fake.
        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            throw new ArgumentException($"Graph:BaseUrl '{url}' must use https unless it is loopback.", nameof(baseUrl));
        }
        if (credential == GraphCredentialKind.None && !url.IsLoopback)
        {
            throw new ArgumentException(
                $"Graph:Credential None is accepted only for a loopback base URL, not '{url}'.", nameof(credential));
        }
        if (!Enum.IsDefined(credential))
        {
            throw new ArgumentException($"Unknown Graph:Credential {credential}.", nameof(credential));
        }
        if (maxRetry is < 0 or > MaxRetryLimit)
        {
            throw new ArgumentException($"maxRetry must be 0 to {MaxRetryLimit}, not {maxRetry}.", nameof(maxRetry));
        }
        var cap = maxRetryAfter ?? TimeSpan.FromSeconds(180);
        if (cap < TimeSpan.Zero)
        {
            throw new ArgumentException("maxRetryAfter must not be negative.", nameof(maxRetryAfter));
        }
        BaseUrl = new Uri(url.AbsoluteUri.TrimEnd('/'));
        Credential = credential;
        MaxRetry = maxRetry;
        MaxRetryAfter = cap;
        ManagedIdentityClientId = string.IsNullOrWhiteSpace(managedIdentityClientId) ? null : managedIdentityClientId.Trim();
    }

    /// <summary>
    /// The client id of the user-assigned managed identity used with <see cref="GraphCredentialKind.ManagedIdentity"/>
    /// (the app setting <c>AZURE_CLIENT_ID</c>); null for the system-assigned identity.
    /// </summary>
    public string? ManagedIdentityClientId { get; }

    /// <summary>The base URL without a trailing slash, such as https://graph.microsoft.com/v1.0.</summary>
    public Uri BaseUrl { get; }

    /// <summary>How the backend authenticates.</summary>
    public GraphCredentialKind Credential { get; }

    /// <summary>Retries per request on 429 or 503.</summary>
    public int MaxRetry { get; }

    /// <summary>The longest wait honoured from one Retry-After header.</summary>
    public TimeSpan MaxRetryAfter { get; }

    /// <summary>The token scope for the base URL's host, such as https://graph.microsoft.com/.default.</summary>
    public string Scope => $"{BaseUrl.Scheme}://{BaseUrl.Authority}/.default";
}
