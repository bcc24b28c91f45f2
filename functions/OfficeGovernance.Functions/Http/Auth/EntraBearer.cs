using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>
/// Entra ID access tokens for this API, validated by ASP.NET Core's JwtBearer handler (ADR 0009): signature from the
/// tenant's OpenID configuration, issuer (<c>{Instance}{TenantId}/v2.0</c>), audience (<c>Auth:Audience</c> or the
/// API's client id), expiry on the injected clock, and the <c>access_as_user</c> scope; the caller's name is the
/// token's <c>preferred_username</c> (else <c>upn</c>). Failures answer RFC 9457 problem details (401, 403).
/// </summary>
public static class EntraBearer
{
    /// <summary>The authentication scheme.</summary>
    public const string SchemeName = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>The delegated scope every token must carry.</summary>
    public const string RequiredScope = "access_as_user";

    /// <summary>Adds the scheme, configured from <see cref="AuthOptions"/>.</summary>
    public static AuthenticationBuilder AddEntraBearer(this AuthenticationBuilder builder)
    {
        builder.Services.AddSingleton<IDocumentRetriever>(new HttpDocumentRetriever { RequireHttps = true });
        builder.Services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(provider =>
            new ConfigurationManager<OpenIdConnectConfiguration>(
                provider.GetRequiredService<IOptions<AuthOptions>>().Value.MetadataAddress,
                new OpenIdConnectConfigurationRetriever(),
                provider.GetRequiredService<IDocumentRetriever>()));
        builder.Services.AddOptions<JwtBearerOptions>(SchemeName)
            .Configure<IOptions<AuthOptions>, IConfigurationManager<OpenIdConnectConfiguration>, TimeProvider>(Configure);
        return builder.AddJwtBearer(SchemeName, _ => { });
    }

    private static void Configure(
        JwtBearerOptions options, IOptions<AuthOptions> auth, IConfigurationManager<OpenIdConnectConfiguration> configuration, TimeProvider time)
    {
        var settings = auth.Value;
        options.ConfigurationManager = configuration;
        options.MapInboundClaims = false;
        options.TimeProvider = time;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudiences = new[] { settings.Audience, settings.ClientId }.Where(a => !string.IsNullOrWhiteSpace(a)).ToArray(),
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            NameClaimType = "preferred_username",
            ClockSkew = TimeSpan.FromMinutes(2),
            LifetimeValidator = (notBefore, expires, _, p) =>
                expires is { } end && end.ToUniversalTime() + p.ClockSkew > time.GetUtcNow().UtcDateTime
                && (notBefore is not { } start || start.ToUniversalTime() - p.ClockSkew <= time.GetUtcNow().UtcDateTime),
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = Validated,
            OnChallenge = async context =>
            {
                context.HandleResponse();
                await Problem(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required.",
                    TokenFailures.Of(context.AuthenticateFailure));
            },
            OnForbidden = context => Problem(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden.", "The caller may not do this."),
        };
    }

    private static Task Validated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var scopes = principal.FindFirst("scp")?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (!scopes.Contains(RequiredScope, StringComparer.Ordinal))
        {
            context.Fail($"The token lacks the {RequiredScope} scope.");
            return Task.CompletedTask;
        }
        var name = principal.FindFirst("preferred_username")?.Value is { Length: > 0 } preferred ? preferred : principal.FindFirst("upn")?.Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Fail("The token names no user (preferred_username or upn).");
            return Task.CompletedTask;
        }
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, "preferred_username", "roles");
        if (identity.FindFirst("preferred_username") is null)
        {
            identity.AddClaim(new Claim("preferred_username", name));
        }
        context.Principal = new ClaimsPrincipal(identity);
        return Task.CompletedTask;
    }

    /// <summary>Writes a problem details answer.</summary>
    public static Task Problem(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
