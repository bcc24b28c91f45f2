using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OfficeGovernance.Functions.Http;

namespace OfficeGovernance.Cli.Serve;

/// <summary>
/// <c>serve</c>'s stand-in for sign-in on the developer's own machine: a request without an Authorization header acts
/// as <c>Auth:DevelopmentIdentity</c>. Start-up refuses that setting unless serve listens on loopback alone.
/// </summary>
public sealed class DevelopmentIdentityHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "DevelopmentIdentity";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (auth.Value.DevelopmentIdentity is not { Length: > 0 } name)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var identity = new ClaimsIdentity([new Claim("preferred_username", name.Trim())], SchemeName, "preferred_username", "roles");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
