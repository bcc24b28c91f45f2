using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions;

/// <summary>The web host's services (PRODUCT.md section 5).</summary>
public static class DependencyInjection
{
    /// <summary>Registers options (validated at start-up), authentication, the workbook source and decision logs.</summary>
    public static IServiceCollection AddOfficeGovernanceHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DevelopmentIdentity) || !string.IsNullOrWhiteSpace(o.TenantId),
                "Auth:TenantId is required (or Auth:DevelopmentIdentity on a loopback-only server).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DevelopmentIdentity) || !string.IsNullOrWhiteSpace(o.Audience),
                "Auth:Audience is required (or Auth:DevelopmentIdentity on a loopback-only server).")
            .Validate(o => string.IsNullOrWhiteSpace(o.DevelopmentIdentity) || HostBinding.IsLoopbackOnly(configuration),
                "Auth:DevelopmentIdentity is accepted only when the server listens on loopback alone (--urls http://127.0.0.1:PORT).")
            .ValidateOnStart();
        services.AddOptions<DecisionLogOptions>().Bind(configuration.GetSection(DecisionLogOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "DecisionLog:Directory must not be blank.")
            .Validate(o => o.TableEndpoint is not { Length: > 0 } e || Uri.TryCreate(e, UriKind.Absolute, out _),
                "DecisionLog:TableEndpoint must be an absolute URI.")
            .ValidateOnStart();
        services.AddOptions<WorkbooksOptions>().Bind(configuration.GetSection(WorkbooksOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Workbooks:Directory must not be blank.")
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDocumentRetriever>(new HttpDocumentRetriever { RequireHttps = true });
        services.AddSingleton<BaseConfigurationManager>(provider =>
            new ConfigurationManager<OpenIdConnectConfiguration>(
                provider.GetRequiredService<IOptions<AuthOptions>>().Value.MetadataAddress,
                new OpenIdConnectConfigurationRetriever(),
                provider.GetRequiredService<IDocumentRetriever>()));
        services.AddSingleton<IWorkbookSource, LocalWorkbookSource>();
        services.AddSingleton<WorkbookDecisionLogs>();

        services.AddAuthentication(EntraTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, EntraTokenHandler>(EntraTokenHandler.SchemeName, null);
        // Every endpoint needs a caller unless it says AllowAnonymous (health and the OpenAPI document).
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }
}
