using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>
/// Authenticates callers by an Entra ID bearer token (PRODUCT.md section 5; docs/adr-0004): signature against the
/// tenant's published keys (through the cached, self-refreshing configuration manager), issuer, audience, lifetime
/// and the <c>access_as_user</c> scope. Without a token, a configured development identity is used (start-up has
/// already refused it unless the server is loopback-only). Failures answer 401, missing rights 403, as problems.
/// </summary>
public sealed class EntraTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AuthOptions> auth,
    BaseConfigurationManager configurationManager,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "EntraBearer";

    /// <summary>The delegated scope the add-in's token must carry.</summary>
    public const string RequiredScope = "access_as_user";

    private static readonly JsonWebTokenHandler Tokens = new();

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return auth.Value.DevelopmentIdentity is { Length: > 0 } developer
                ? Success(CallerIdentity.Principal(developer, SchemeName))
                : AuthenticateResult.NoResult();
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header is not a bearer token.");
        }
        var result = await Tokens.ValidateTokenAsync(header["Bearer ".Length..].Trim(), Parameters());
        if (!result.IsValid)
        {
            return AuthenticateResult.Fail(result.Exception?.Message ?? "The token is not valid.");
        }
        var scopes = (result.Claims.TryGetValue("scp", out var scp) ? scp as string : null)?.Split(' ') ?? [];
        if (!scopes.Contains(RequiredScope, StringComparer.Ordinal))
        {
            return AuthenticateResult.Fail($"The token lacks the {RequiredScope} scope.");
        }
        var name = Claim(result, "preferred_username") ?? Claim(result, "upn");
        return name is null
            ? AuthenticateResult.Fail("The token names no user (preferred_username or upn).")
            : Success(CallerIdentity.Principal(name, SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status401Unauthorized, "Authentication required.",
            "Send an Entra ID access token for this API with the access_as_user scope: Authorization: Bearer TOKEN.");

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "Forbidden.", "The caller may not do this.");

    private TokenValidationParameters Parameters() => new()
    {
        ConfigurationManager = configurationManager,
        ValidAudience = auth.Value.Audience,
        ValidateAudience = true,
        ValidateIssuer = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = TimeSpan.FromMinutes(2),
        LifetimeValidator = (notBefore, expires, _, p) =>
            expires is { } end && end.ToUniversalTime() + p.ClockSkew > time.GetUtcNow().UtcDateTime
            && (notBefore is not { } start || start.ToUniversalTime() - p.ClockSkew <= time.GetUtcNow().UtcDateTime),
    };

    private static string? Claim(TokenValidationResult result, string type) =>
        result.Claims.TryGetValue(type, out var value) && value is string { Length: > 0 } text ? text : null;

    private AuthenticateResult Success(ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));

    private Task Problem(int status, string title, string detail)
    {
        var failure = Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure?.Message;
        return TypedResults.Problem(statusCode: status, title: title, detail: failure ?? detail).ExecuteAsync(Context);
    }
}
