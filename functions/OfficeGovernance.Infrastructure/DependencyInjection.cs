using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Application.CostImport;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Finance;
using OfficeGovernance.Application.Inventory;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks.Registry;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Infrastructure.AgentSync;
using OfficeGovernance.Infrastructure.CostImport;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Finance;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Inventory;
using OfficeGovernance.Infrastructure.Mail;
using OfficeGovernance.Infrastructure.WeeklyStatus;
using OfficeGovernance.Infrastructure.Workbooks.Registry;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure;

/// <summary>
/// The adapters behind the Application's ports (docs/adr-0030-application-layer.md), chosen by <c>Workbooks:Store</c>:
/// the local folder, .eml outbox and JSON Lines logs, or Graph (files, sendMail) with Table Storage records; the
/// decision logs by <c>DecisionLog:*</c> (<see cref="WorkbookDecisionLogs"/>, the one resolver of the store).
/// </summary>
public static class DependencyInjection
{
    /// <summary>Registers <c>Graph:*</c> (validated at start-up) and every adapter; call after <c>AddApplication</c>.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WorkbooksOptions>()
            .Validate<IOptions<DecisionLogOptions>>(
                (o, log) => o.Store != WorkbookStoreKind.Graph || StorageTables.IsConfigured(log.Value),
                "Workbooks:Store Graph records weekly sends in Table Storage: set DecisionLog:TableConnection or DecisionLog:TableEndpoint.");
        services.AddOptions<WeeklyStatusOptions>()
            .Validate(o => WeeklyStatusSchedule.IsValid(o.Schedule),
                "WeeklyStatus:Schedule must be an NCRONTAB expression of six fields (seconds first) with values in range, such as 0 0 7 * * Mon.");
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidation>();
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section))
            .PostConfigure(o => o.ManagedIdentityClientId ??= configuration["AZURE_CLIENT_ID"]).ValidateOnStart();

        services.AddSingleton(provider => GraphOptionsValidation.Settings(provider.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddSingleton(provider => GraphClients.Create(provider.GetRequiredService<GraphSettings>()));
        services.AddSingleton<IAgentIdentitySource>(provider => new GraphAgentIdentitySource(provider.GetRequiredService<GraphServiceClient>()));
        services.AddSingleton<IMailSender>(provider => new GraphMailSender(provider.GetRequiredService<GraphServiceClient>(), provider.GetRequiredService<TimeProvider>()));

        services.AddSingleton<IWorkbookPackage, OpenXmlWorkbookPackage>();
        // Files named by path, never the configured IWorkbookSource (the folder or Graph), whose ids are not paths.
        services.AddSingleton<IWorkbookFiles>(_ => new LocalWorkbookFiles());
        services.AddSingleton<IFinanceWorkbookWriter, FinanceWorkbookWriter>();
        services.AddSingleton<IFocusExportReader, FocusExports>();
        services.AddSingleton<IInventoryReader, InventoryFiles>();
        services.AddSingleton<LocalWorkbookSource>();
        services.AddSingleton<IWorkbookSource>(provider => IsGraph(provider)
            ? new GraphWorkbookSource(provider.GetRequiredService<GraphServiceClient>())
            : provider.GetRequiredService<LocalWorkbookSource>());
        services.AddSingleton<StorageTables>();
        services.AddSingleton<WorkbookDecisionLogs>();
        services.AddSingleton<IWorkbookDecisionLogs>(provider => provider.GetRequiredService<WorkbookDecisionLogs>());
        services.AddSingleton(provider => LogHeadAnchors.Create(provider.GetRequiredService<IOptions<DecisionLogOptions>>().Value));
        services.AddSingleton<IStatusChannels>(provider => IsGraph(provider)
            ? ActivatorUtilities.CreateInstance<GraphStatusChannels>(provider)
            : ActivatorUtilities.CreateInstance<LocalStatusChannels>(provider));
        // Registrations live beside the weekly status records: Table Storage when configured, else the workbooks folder.
        services.AddSingleton<IWorkbookRegistry>(provider => provider.GetRequiredService<StorageTables>().Service is { } tables
            ? new TableStorageWorkbookRegistry(tables)
            : new FileWorkbookRegistry(Path.GetFullPath(provider.GetRequiredService<IOptions<WorkbooksOptions>>().Value.Directory)));
        return services;
    }

    private static bool IsGraph(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<WorkbooksOptions>>().Value.Store == WorkbookStoreKind.Graph;
}
