using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>
/// On-behalf-of tokens (docs/rules.md#authorization): the caller's access token for this API exchanged for a
/// Graph token acting as the caller, by the API app registration (<c>Auth:ClientId</c>) whose credential is a
/// federated credential of the app's managed identity (ADR 0009): the client assertion is the identity's token for
/// <c>api://AzureADTokenExchange</c>, so no secret exists anywhere.
/// </summary>
/// <param name="auth">The tenant and the API's client id.</param>
/// <param name="assertion">The client assertion source (the managed identity).</param>
/// <param name="options">How Azure.Identity reaches Entra ID (the authority host; tests give a transport).</param>
public sealed class OnBehalfOf(IOptions<AuthOptions> auth, IClientAssertion assertion, OnBehalfOfCredentialOptions options)
{
    /// <summary>A credential acting as the caller whose access token is <paramref name="userAccessToken"/>.</summary>
    /// <exception cref="InvalidOperationException">Auth:TenantId or Auth:ClientId is not set.</exception>
    public TokenCredential For(string userAccessToken)
    {
        var settings = auth.Value;
        if (string.IsNullOrWhiteSpace(settings.TenantId) || string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new InvalidOperationException("On-behalf-of needs Auth:TenantId and Auth:ClientId (the API app registration).");
        }
        return new OnBehalfOfCredential(settings.TenantId, settings.ClientId, assertion.GetAsync, userAccessToken, options);
    }
}
