using Azure.Core;
using Azure.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>
/// Stands in for the Azure CLI's login: hands out an access token whose payload carries <paramref name="claims"/>, or,
/// with no claims, fails the way Azure.Identity does when no one is signed in. Records the scopes asked for.
/// </summary>
public sealed class SignedInCredential(IReadOnlyDictionary<string, object>? claims) : TokenCredential
{
    public List<string> Scopes { get; } = [];

    public static SignedInCredential As(string upn) => new(new Dictionary<string, object> { ["upn"] = upn });

    public static SignedInCredential Nobody() => new(null);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Scopes.AddRange(requestContext.Scopes);
        if (claims is null)
        {
            throw new CredentialUnavailableException("AzureCliCredential: Please run 'az login' to set up account.");
        }
        var token = new JsonWebTokenHandler().CreateToken(System.Text.Json.JsonSerializer.Serialize(claims));
        // The CLI never reads the expiry: it asks once per command.
        return new AccessToken(token, DateTimeOffset.MaxValue);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
