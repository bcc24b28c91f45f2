using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OfficeGovernance.Functions.Http;

namespace OfficeGovernance.Cli.Serve;

/// <summary>
/// <c>serve</c>'s stand-in for sign-in on the developer's own machine: a request without an Authorization header acts
/// as <c>Auth:DevelopmentIdentity</c>. Start-up refuses that setting unless serve is configured for loopback alone, and
/// each request is checked again against what the server actually bound (docs/rules.md#authorization; issue 23, finding 3):
/// every address in <see cref="IServerAddressesFeature"/> must be loopback, whatever configured it (<c>--urls</c>,
/// <c>Kestrel__Endpoints__...</c>), and the request's Host must be a loopback name or address, so a page using DNS
/// rebinding cannot act as the development identity. Otherwise the request is anonymous (401).
/// </summary>
public sealed class DevelopmentIdentityHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<AuthOptions> auth,
    IServer server)
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
        if (!BoundToLoopbackOnly() || !HostBinding.IsLoopbackHost(Request.Host.Host))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var identity = new ClaimsIdentity([new Claim("preferred_username", name.Trim())], SchemeName, "preferred_username", "roles");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    // The addresses the server bound, read at the request: after start, whatever configured them. A server that
    // reports none (the in-memory test server) has no network listener at all.
    private bool BoundToLoopbackOnly() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses is not { Count: > 0 } addresses
        || addresses.All(a => HostBinding.IsLoopbackOnly(a));
}
