using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Builds the <see cref="GraphServiceClient"/> of the Graph adapters (docs/rules.md#weekly-run-through-graph): the SDK's default
/// middleware (redirects followed, so a content download's 302 is followed) with its retry handler configured to retry
/// 429 and 503 up to <see cref="GraphSettings.MaxRetry"/> times, waiting what Retry-After says (capped by
/// <see cref="GraphSettings.MaxRetryAfter"/>).
/// </summary>
public static class GraphClients
{
    /// <summary>Creates a client; the caller owns it and disposes it when done.</summary>
    /// <param name="settings">Validated settings.</param>
    /// <param name="credential">The token source, asked for <see cref="GraphSettings.Scope"/> and sent only to the base
    /// URL's host; null to build the one <see cref="GraphSettings.Credential"/> names.
    /// Must be null when the setting is <see cref="GraphCredentialKind.None"/>.</param>
    /// <param name="innerHandlerForTests">The transport below the middleware; null for the SDK's own
    /// (which leaves redirects to the middleware).</param>
    /// <param name="time">The clock for HTTP-date Retry-After values; null for the system clock.</param>
    /// <exception cref="ArgumentException">A credential is given while the setting is None.</exception>
    public static GraphServiceClient Create(GraphSettings settings, TokenCredential? credential = null,
        HttpMessageHandler? innerHandlerForTests = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Credential == GraphCredentialKind.None && credential is not null)
        {
            throw new ArgumentException("A credential was given but Graph:Credential is None.", nameof(credential));
        }
        var httpClient = GraphClientFactory.Create(Middleware(settings, time ?? TimeProvider.System),
            finalHandler: innerHandlerForTests, disposeHandler: true);
        var baseUrl = settings.BaseUrl.AbsoluteUri;
        if (settings.Credential == GraphCredentialKind.None)
        {
            return new GraphServiceClient(httpClient, new AnonymousAuthenticationProvider(), baseUrl);
        }
        var tokens = credential ?? settings.Credential switch
        {
            GraphCredentialKind.ManagedIdentity => new ManagedIdentityCredential(settings.ManagedIdentityClientId is { } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned),
            _ => (TokenCredential)new DefaultAzureCredential(),
        };
        // Tokens go only to the configured Graph host: never to a 302's download URL on another host, and a national
        // cloud or test host gets them too (the SDK's default list names only Microsoft's Graph hosts).
        var authentication = new AzureIdentityAuthenticationProvider(
            tokens, [settings.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: true, scopes: [settings.Scope]);
        return new GraphServiceClient(httpClient, authentication, baseUrl);
    }

    internal static IList<DelegatingHandler> Middleware(GraphSettings settings, TimeProvider time)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var index = handlers.ToList().FindIndex(h => h is RetryHandler);
        if (index < 0)
        {
            throw new InvalidOperationException("The Graph SDK's default middleware has no retry handler to configure.");
        }
        handlers[index] = new RetryHandler(RetryOption(settings));
        handlers.Insert(index + 1, new RetryAfterCap(settings.MaxRetryAfter, time));
        return handlers;
    }

    internal static RetryHandlerOption RetryOption(GraphSettings settings) => new()
    {
        MaxRetry = settings.MaxRetry,
        ShouldRetry = (_, _, response) => GraphRetryPolicy.IsRetryable(response.StatusCode),
    };
}
