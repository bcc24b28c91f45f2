namespace OfficeGovernance.Functions.Http;

/// <summary>
/// <c>Auth:*</c> settings (docs/rules.md#http-api-contract): the Entra ID tenant and API whose tokens are accepted.
/// <see cref="TenantId"/> and <see cref="Audience"/> are required unless <see cref="DevelopmentIdentity"/> is set.
/// </summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>The Entra ID authority host; the tenant's metadata is at Instance + TenantId + /v2.0/.well-known/openid-configuration.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The directory (tenant) id whose tokens are accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>The API's application id URI (<c>api://...</c>): the tokens' <c>aud</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// The API app registration's client id: also accepted as <c>aud</c>, and the client of the on-behalf-of exchange
    /// (its credential is a federated credential of the app's managed identity, so no secret exists).
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// An email that requests without a token act as; honoured only by <c>serve</c> listening on loopback alone
    /// (start-up fails otherwise, and the Functions app refuses it always). Never set it in Azure.
    /// </summary>
    public string? DevelopmentIdentity { get; set; }

    /// <summary>The issuer of the tenant's v2.0 tokens.</summary>
    public string Issuer => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";

    /// <summary>The OpenID configuration address of the tenant.</summary>
    public string MetadataAddress => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0/.well-known/openid-configuration";
}
