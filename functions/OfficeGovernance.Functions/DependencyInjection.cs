using Microsoft.Extensions.Options;
using Microsoft.Graph;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Handlers;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Functions.Mail;
using OfficeGovernance.Functions.Reviews;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.AgentSync;
using OfficeGovernance.Functions.AgentSync;
using OfficeGovernance.Infrastructure.Workbooks.Registry;

namespace OfficeGovernance.Functions;

/// <summary>
/// The services both hosts share (PRODUCT.md section 5): the Functions app and the CLI's <c>serve</c> run the same
/// function classes over the same handlers, options and stores.
/// </summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers options (validated at start-up), Entra ID bearer authentication, the workbook stores, decision logs,
    /// the workbook access check and the request handlers.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="developmentIdentityAllowed">True only for <c>serve</c> listening on loopback alone; the Functions
    /// app passes false, so <c>Auth:DevelopmentIdentity</c> makes it fail at start-up.</param>
    public static IServiceCollection AddOfficeGovernanceApi(
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
        services.AddOptions<RequestBoundsOptions>().Bind(configuration.GetSection(RequestBoundsOptions.Section))
            .Validate(o => o is { MaxRequestBytes: > 0, MaxTableRows: > 0, MaxRequestCells: > 0, MaxJsonDepth: > 0 },
                "Http:MaxRequestBytes, Http:MaxTableRows, Http:MaxRequestCells and Http:MaxJsonDepth must be positive.")
            .ValidateOnStart();
        services.AddWorkbookStores(configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GuidSource>();
        services.AddSingleton<StorageTables>();
        services.AddSingleton<WorkbookIds>();
        services.AddSingleton<WorkbookDecisionLogs>();
        services.AddSingleton(provider => LogHeadAnchors.Create(provider.GetRequiredService<IOptions<DecisionLogOptions>>().Value));
        services.AddSingleton<StoredWorkbooks>();
        services.AddSingleton<WorkbookAccess>();
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

        services.AddAuthentication(EntraBearer.SchemeName).AddEntraBearer();
        services.AddProblemDetails();
        return services;
    }

    /// <summary>
    /// Registers where workbooks are read and written and where the weekly status goes, by <c>Workbooks:Store</c>:
    /// the local folder and .eml outbox, or Graph (files, sendMail) with Table Storage records; and the weekly run.
    /// </summary>
    private static IServiceCollection AddWorkbookStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeeklyStatusOptions>().Bind(configuration.GetSection(WeeklyStatusOptions.Section))
            .Validate(o => WeeklyStatusOptions.IsValidSchedule(o.Schedule),
                "WeeklyStatus:Schedule must be an NCRONTAB expression of six fields (seconds first) with values in range, such as 0 0 7 * * Mon.")
            .Validate(o => o.MaxAttempts is >= 1 and <= 10, "WeeklyStatus:MaxAttempts must be 1 to 10.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Outbox), "WeeklyStatus:Outbox must not be blank.")
            .Validate<IOptions<WorkbooksOptions>>((o, store) => o.WorkbookIds.All(id => new WorkbookIds(store).ProblemOf(id) is null),
                "WeeklyStatus:Workbooks must be ';'-separated workbook ids: driveId/itemId with Workbooks:Store Graph, file names with Local.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidation>();
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section))
            .PostConfigure(o => o.ManagedIdentityClientId ??= configuration["AZURE_CLIENT_ID"]).ValidateOnStart();

        services.AddSingleton(provider => GraphOptionsValidation.Settings(provider.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddSingleton(provider => GraphClients.Create(provider.GetRequiredService<GraphSettings>()));
        services.AddSingleton<IWorkbookStore>(provider => new GraphWorkbookStore(provider.GetRequiredService<GraphServiceClient>()));
        services.AddSingleton<IAgentIdentitySource>(provider => new GraphAgentIdentitySource(provider.GetRequiredService<GraphServiceClient>()));
        services.AddSingleton<AgentSyncRun>();
        services.AddSingleton<IMailSender>(provider => new GraphMailSender(provider.GetRequiredService<GraphServiceClient>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LocalWorkbookSource>();
        services.AddSingleton<IWorkbookSource>(provider => IsGraph(provider)
            ? new GraphWorkbookSource(provider.GetRequiredService<IWorkbookStore>())
            : provider.GetRequiredService<LocalWorkbookSource>());
        services.AddMemoryCache();
        services.AddHttpClient(GraphWorkbookReadCheck.ClientName);
        services.AddSingleton<IClientAssertion, ManagedIdentityAssertion>();
        services.AddSingleton(provider => new Azure.Identity.OnBehalfOfCredentialOptions
        {
            AuthorityHost = new Uri(provider.GetRequiredService<IOptions<AuthOptions>>().Value.Instance),
        });
        services.AddSingleton<OnBehalfOf>();
        services.AddSingleton<IWorkbookReadCheck>(provider => IsGraph(provider)
            ? ActivatorUtilities.CreateInstance<GraphWorkbookReadCheck>(provider)
            : ActivatorUtilities.CreateInstance<LocalWorkbookReadCheck>(provider));
        services.AddSingleton<IStatusChannels>(provider => IsGraph(provider)
            ? ActivatorUtilities.CreateInstance<GraphStatusChannels>(provider)
            : ActivatorUtilities.CreateInstance<LocalStatusChannels>(provider));
        services.AddSingleton<ScheduledWeeklyStatus>();
        services.AddSingleton<RegisteredWorkbooks>();
        // Registrations live beside the weekly status records: Table Storage when configured, else the workbooks folder.
        services.AddSingleton<IWorkbookRegistry>(provider => provider.GetRequiredService<StorageTables>().Service is { } tables
            ? new TableStorageWorkbookRegistry(tables)
            : new FileWorkbookRegistry(Path.GetFullPath(provider.GetRequiredService<IOptions<WorkbooksOptions>>().Value.Directory)));
        return services;
    }

    private static bool IsGraph(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<WorkbooksOptions>>().Value.Store == WorkbookStoreKind.Graph;
}
