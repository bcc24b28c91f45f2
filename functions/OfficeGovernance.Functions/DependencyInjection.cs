using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Functions.Mail;
using OfficeGovernance.Functions.Reviews;
using OfficeGovernance.Infrastructure.Graph;

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
            .Validate(o => Enum.IsDefined(o.Store), "Workbooks:Store must be Local or Graph.")
            .Validate<IOptions<DecisionLogOptions>>(
                (o, log) => o.Store != WorkbookStoreKind.Graph || StorageTables.IsConfigured(log.Value),
                "Workbooks:Store Graph records weekly sends in Table Storage: set DecisionLog:TableConnection or DecisionLog:TableEndpoint.")
            .ValidateOnStart();
        services.AddWorkbookStores(configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDocumentRetriever>(new HttpDocumentRetriever { RequireHttps = true });
        services.AddSingleton<BaseConfigurationManager>(provider =>
            new ConfigurationManager<OpenIdConnectConfiguration>(
                provider.GetRequiredService<IOptions<AuthOptions>>().Value.MetadataAddress,
                new OpenIdConnectConfigurationRetriever(),
                provider.GetRequiredService<IDocumentRetriever>()));
        services.AddSingleton<StorageTables>();
        services.AddSingleton<WorkbookIds>();
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

    /// <summary>
    /// Registers where workbooks are read and written and where the weekly status goes, by <c>Workbooks:Store</c>:
    /// the local folder and .eml outbox, or Graph (files, sendMail) with Table Storage records; and the weekly run.
    /// </summary>
    private static IServiceCollection AddWorkbookStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeeklyStatusOptions>().Bind(configuration.GetSection(WeeklyStatusOptions.Section))
            .Validate(o => WeeklyStatusOptions.IsSixFieldSchedule(o.Schedule),
                "WeeklyStatus:Schedule must be an NCRONTAB expression of six fields, such as 0 0 7 * * Mon.")
            .Validate(o => o.MaxAttempts is >= 1 and <= 10, "WeeklyStatus:MaxAttempts must be 1 to 10.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Outbox), "WeeklyStatus:Outbox must not be blank.")
            .Validate<IOptions<WorkbooksOptions>>((o, store) => o.WorkbookIds.All(id => new WorkbookIds(store).ProblemOf(id) is null),
                "WeeklyStatus:Workbooks must be ';'-separated workbook ids: driveId/itemId with Workbooks:Store Graph, file names with Local.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidation>();
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).ValidateOnStart();

        services.AddSingleton(provider => GraphOptionsValidation.Settings(provider.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddSingleton(provider => GraphClients.Create(provider.GetRequiredService<GraphSettings>()));
        services.AddSingleton<IWorkbookStore>(provider => new GraphWorkbookStore(provider.GetRequiredService<GraphServiceClient>()));
        services.AddSingleton<IMailSender>(provider => new GraphMailSender(provider.GetRequiredService<GraphServiceClient>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LocalWorkbookSource>();
        services.AddSingleton<IWorkbookSource>(provider => IsGraph(provider)
            ? new GraphWorkbookSource(provider.GetRequiredService<IWorkbookStore>())
            : provider.GetRequiredService<LocalWorkbookSource>());
        services.AddSingleton<IStatusChannels>(provider => IsGraph(provider)
            ? ActivatorUtilities.CreateInstance<GraphStatusChannels>(provider)
            : ActivatorUtilities.CreateInstance<LocalStatusChannels>(provider));
        services.AddSingleton<ScheduledWeeklyStatus>();
        return services;
    }

    private static bool IsGraph(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<WorkbooksOptions>>().Value.Store == WorkbookStoreKind.Graph;
}
