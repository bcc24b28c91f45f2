using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace OfficeGovernance.Tests.Shared.Auth;

/// <summary>A local Entra ID tenant: one RSA signing key, its OpenID configuration and JWKS, and token minting.</summary>
public sealed class TestTokens : IDocumentRetriever
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string Audience = "api://office-governance";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "local-key" };
    private readonly RsaSecurityKey _forger = new(RSA.Create(2048)) { KeyId = "local-key" };

    public static string Issuer => $"https://login.microsoftonline.com/{TenantId}/v2.0";

    public static string MetadataAddress => $"https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration";

    private static string JwksAddress => $"https://login.microsoftonline.com/{TenantId}/discovery/v2.0/keys";

    public string Create(
        string user = "cto@example.org", string audience = Audience, string scope = "access_as_user",
        TimeSpan? expiresIn = null, bool forged = false, DateTimeOffset? now = null)
    {
        // The servers of most API tests run on the system clock; those with a fake clock pass its time.
        var issued = now?.UtcDateTime ?? DateTime.UtcNow;
        var expires = issued + (expiresIn ?? TimeSpan.FromHours(1));
        var claims = new Dictionary<string, object> { ["preferred_username"] = user, ["tid"] = TenantId };
        if (scope.Length > 0)
        {
            claims["scp"] = scope;
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-2),
            NotBefore = expires.AddHours(-2),
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(forged ? _forger : _key, SecurityAlgorithms.RsaSha256),
        });
    }

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (address == MetadataAddress)
        {
            return Task.FromResult($$"""
                {"issuer":"{{Issuer}}","jwks_uri":"{{JwksAddress}}",
                 "authorization_endpoint":"https://login.microsoftonline.com/{{TenantId}}/oauth2/v2.0/authorize",
                 "id_token_signing_alg_values_supported":["RS256"]}
                """);
        }
        if (address == JwksAddress)
        {
            var p = _key.Rsa.ExportParameters(false);
            return Task.FromResult($$"""
                {"keys":[{"kty":"RSA","use":"sig","kid":"{{_key.KeyId}}","alg":"RS256",
                  "n":"{{Base64UrlEncoder.Encode(p.Modulus)}}","e":"{{Base64UrlEncoder.Encode(p.Exponent)}}"}]}
                """);
        }
        throw new IOException($"The local tenant serves no document at {address}.");
    }
}
