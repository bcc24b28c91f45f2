using Microsoft.Extensions.Options;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Application;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Handlers;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Infrastructure;

namespace OfficeGovernance.Functions;

/// <summary>
/// The services both hosts share (docs/rules.md#http-api-contract): the Functions app and the CLI's <c>serve</c> run the same
/// function classes over the same handlers, options and stores.
/// </summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers, in this order: authentication, the Application's use cases and settings
    /// (<see cref="Application.DependencyInjection.AddApplication"/>), the adapters behind their ports
    /// (<see cref="Infrastructure.DependencyInjection.AddInfrastructure"/>), the request bounds, the workbook access
    /// check and the request handlers. Every setting is validated at start-up.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="developmentIdentityAllowed">True only for <c>serve</c> listening on loopback alone; the Functions
    /// app passes false, so <c>Auth:DevelopmentIdentity</c> makes it fail at start-up.</param>
    public static IServiceCollection AddOfficeGovernanceApi(
        this IServiceCollection services, IConfiguration configuration, bool developmentIdentityAllowed)
    {
        services.AddEntraAuthentication(configuration, developmentIdentityAllowed);
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration);
        services.AddRequestBounds(configuration);
        services.AddWorkbookAccess();
        services.AddHandlers();
        return services;
    }

    /// <summary>
    /// Registers <c>Auth:*</c> (validated at start-up) and Entra ID bearer authentication; a development identity only
    /// when <paramref name="developmentIdentityAllowed"/>.
    /// </summary>
    private static IServiceCollection AddEntraAuthentication(
        this IServiceCollection services, IConfiguration configuration, bool developmentIdentityAllowed)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DevelopmentIdentity) || !string.IsNullOrWhiteSpace(o.TenantId),
                "Auth:TenantId is required (or Auth:DevelopmentIdentity for serve on loopback).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DevelopmentIdentity) || !string.IsNullOrWhiteSpace(o.Audience),
                "Auth:Audience is required (or Auth:DevelopmentIdentity for serve on loopback).")
            .Validate(o => string.IsNullOrWhiteSpace(o.DevelopmentIdentity) || developmentIdentityAllowed,
                "Auth:DevelopmentIdentity is accepted only by serve listening on loopback alone (serve --urls http://127.0.0.1:PORT).")
            .ValidateOnStart();
        // The raw setting rather than IOptions<WorkbooksOptions>, whose own failures would otherwise hide this one.
        var storeSetting = configuration.GetSection(WorkbooksOptions.Section);
        services.AddOptions<AuthOptions>()
            .Validate(o => !string.Equals(storeSetting[nameof(WorkbooksOptions.Store)]?.Trim(), nameof(WorkbookStoreKind.Graph), StringComparison.OrdinalIgnoreCase)
                    || !string.IsNullOrWhiteSpace(o.DevelopmentIdentity) || !string.IsNullOrWhiteSpace(o.ClientId),
                "Workbooks:Store Graph reads workbooks on behalf of the caller: set Auth:ClientId (the API app registration).")
            .Validate(o => Uri.TryCreate(o.Instance, UriKind.Absolute, out var instance) && instance.Scheme == Uri.UriSchemeHttps,
                "Auth:Instance must be an https URL such as https://login.microsoftonline.com/.");
        services.AddAuthentication(EntraBearer.SchemeName).AddEntraBearer();
        services.AddProblemDetails();
        return services;
    }

    /// <summary>Registers <c>Http:*</c>, the bounds of a request body (validated at start-up).</summary>
    private static IServiceCollection AddRequestBounds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestBoundsOptions>().Bind(configuration.GetSection(RequestBoundsOptions.Section))
            .Validate(o => o is { MaxRequestBytes: > 0, MaxTableRows: > 0, MaxRequestCells: > 0, MaxJsonDepth: > 0 },
                "Http:MaxRequestBytes, Http:MaxTableRows, Http:MaxRequestCells and Http:MaxJsonDepth must be positive.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Registers the request handlers the function classes call, one per endpoint family.</summary>
    private static IServiceCollection AddHandlers(this IServiceCollection services)
    {
        services.AddSingleton<WorkbookAccess>();
        services.AddSingleton<WorkbookEndpoint>();
        services.AddSingleton<ReviewHandler>();
        services.AddSingleton<ClassifyHandler>();
        services.AddSingleton<DecisionHandler>();
        services.AddSingleton<DecisionLogHandler>();
        services.AddSingleton<DecisionRightsHandler>();
        services.AddSingleton<StatusPreviewHandler>();
        services.AddSingleton<FinanceReportHandler>();
        services.AddSingleton<SpendImportHandler>();
        services.AddSingleton<WorkbookRegistrationHandler>();
        services.AddSingleton<AgentSyncHandler>();
        return services;
    }

    /// <summary>
    /// Registers the check that the caller may read a workbook: on behalf of the caller through Graph, or the local
    /// folder's check for <c>Workbooks:Store Local</c>.
    /// </summary>
    private static IServiceCollection AddWorkbookAccess(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddHttpClient(GraphWorkbookReadCheck.ClientName);
        services.AddSingleton<IClientAssertion, ManagedIdentityAssertion>();
        services.AddSingleton(provider => new Azure.Identity.OnBehalfOfCredentialOptions
        {
            AuthorityHost = new Uri(provider.GetRequiredService<IOptions<AuthOptions>>().Value.Instance),
        });
        services.AddSingleton<OnBehalfOf>();
        services.AddSingleton<IWorkbookReadCheck>(provider =>
            provider.GetRequiredService<IOptions<WorkbooksOptions>>().Value.Store == WorkbookStoreKind.Graph
                ? ActivatorUtilities.CreateInstance<GraphWorkbookReadCheck>(provider)
                : ActivatorUtilities.CreateInstance<LocalWorkbookReadCheck>(provider));
        return services;
    }
}
