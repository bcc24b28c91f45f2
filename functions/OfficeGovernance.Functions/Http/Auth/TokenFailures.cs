using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>
/// The one plain sentence a 401 problem gives for a token that was not accepted (issue 23, item 7): never the
/// IdentityModel message, whose <c>IDX…</c> codes and token details are for the server's log, not the caller.
/// </summary>
public static class TokenFailures
{
    /// <summary>The sentence when no token was sent.</summary>
    public const string Missing = "Send an Entra ID access token for this API with the access_as_user scope: Authorization: Bearer TOKEN.";

    /// <summary>The sentence for <paramref name="failure"/>: by its kind for IdentityModel's, as written for this API's own checks (the scope, the user).</summary>
    public static string Of(Exception? failure) => failure switch
    {
        null => Missing,
        // EntraBearer's own lifetime check (on the injected clock) fails as InvalidLifetime, not Expired.
        SecurityTokenExpiredException or SecurityTokenNotYetValidException or SecurityTokenInvalidLifetimeException =>
            "The access token has expired or is not valid yet; sign in again for a new one.",
        SecurityTokenInvalidAudienceException => "The access token is for another API; request one for this API's access_as_user scope.",
        SecurityTokenInvalidIssuerException => "The access token is from another tenant or issuer than this API accepts.",
        // This API's own refusals (EntraBearer's scope and user checks) are already plain sentences.
        AuthenticationFailureException own => own.Message,
        _ => "The access token is not valid (its signature, format or claims could not be verified); sign in again.",
    };
}
