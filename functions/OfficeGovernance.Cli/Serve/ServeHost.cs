using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using OfficeGovernance.Functions;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Functions.Http.Auth;

namespace OfficeGovernance.Cli.Serve;

/// <summary>
/// The web host of <c>serve</c> (docs/rules.md#http-api-contract): the Functions app's HTTP functions and services on Kestrel,
/// for people without the Functions Core Tools and for tests. Tokens are validated as in Azure; a development
/// identity stands in for sign-in only when every address listened on is loopback. The type is what
/// <c>WebApplicationFactory&lt;ServeHost&gt;</c> tests name; it has no instances.
/// </summary>
public sealed class ServeHost
{
    private const string Selector = "BearerOrDevelopment";

    private ServeHost()
    {
    }

    /// <summary>
    /// The host, configured from <paramref name="args"/> (<c>--urls</c> and any setting as <c>--Key=value</c>), environment variables and appsettings.json beside the executable.
    /// </summary>
    public static IHostBuilder CreateHostBuilder(string[] args)
    {
        // appsettings.json beside the executable, wherever it is started from; data paths stay relative to the working directory.
        return Host.CreateDefaultBuilder(args)
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureWebHostDefaults(web => web
                .ConfigureKestrel((context, kestrel) => kestrel.Limits.MaxRequestBodySize =
                    context.Configuration.GetSection(RequestBoundsOptions.Section).Get<RequestBoundsOptions>()?.MaxRequestBytes
                    ?? RequestBodyLimit.MaxRequestBodyBytes)
                .ConfigureServices((context, services) => AddServices(services, context.Configuration))
                .Configure(Pipeline));
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOfficeGovernanceApi(configuration, HostBinding.IsLoopbackOnly(configuration));
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Selector;
                options.DefaultChallengeScheme = EntraBearer.SchemeName;
                options.DefaultForbidScheme = EntraBearer.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, DevelopmentIdentityHandler>(DevelopmentIdentityHandler.SchemeName, null)
            .AddPolicyScheme(Selector, "A bearer token, else the development identity", policy =>
                policy.ForwardDefaultSelector = context => context.Request.Headers.Authorization.Count > 0
                    ? EntraBearer.SchemeName
                    : DevelopmentIdentityHandler.SchemeName);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddRouting();
    }

    private static void Pipeline(IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        // After the exception handler, so that a chunked body read past the limit is answered 413 here, not 500 there.
        app.Use((context, next) => RequestBodyLimit.InvokeAsync(context, () => next(context)));
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseEndpoints(endpoints => endpoints.MapHttpFunctions());
    }
}
