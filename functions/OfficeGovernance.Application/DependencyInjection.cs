using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Application.CostImport;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.DecisionRights;
using OfficeGovernance.Application.Decisions;
using OfficeGovernance.Application.Finance;
using OfficeGovernance.Application.Inventory;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Application;

/// <summary>
/// The use cases and their settings, whatever the host (docs/adr-0030-application-layer.md). The ports they need
/// (<see cref="IWorkbookSource"/>, <see cref="IWorkbookPackage"/>, <see cref="IWorkbookDecisionLogs"/>,
/// <see cref="IStatusChannels"/>, <see cref="Workbooks.Registry.IWorkbookRegistry"/>) come from Infrastructure's
/// <c>AddInfrastructure</c>; time is <see cref="TimeProvider"/>.
/// </summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers <c>DecisionLog:*</c>, <c>Workbooks:*</c> and <c>WeeklyStatus:*</c> (each validated at start-up, a
    /// bad value failing the host with a message naming the setting), the clock and GUID source, and the use cases.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DecisionLogOptions>().Bind(configuration.GetSection(DecisionLogOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "DecisionLog:Directory must not be blank.")
            .Validate(o => o.TableEndpoint is not { Length: > 0 } e || Uri.TryCreate(e, UriKind.Absolute, out _),
                "DecisionLog:TableEndpoint must be an absolute URI.")
            .ValidateOnStart();
        services.AddOptions<WorkbooksOptions>().Bind(configuration.GetSection(WorkbooksOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Workbooks:Directory must not be blank.")
            .Validate(o => Enum.IsDefined(o.Store), "Workbooks:Store must be Local or Graph.")
            .ValidateOnStart();
        services.AddOptions<WeeklyStatusOptions>().Bind(configuration.GetSection(WeeklyStatusOptions.Section))
            .Validate(o => o.MaxAttempts is >= 1 and <= 10, "WeeklyStatus:MaxAttempts must be 1 to 10.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Outbox), "WeeklyStatus:Outbox must not be blank.")
            .Validate<IOptions<WorkbooksOptions>>((o, store) => o.WorkbookIds.All(id => new WorkbookIds(store).ProblemOf(id) is null),
                "WeeklyStatus:Workbooks must be ';'-separated workbook ids: driveId/itemId with Workbooks:Store Graph, file names with Local.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GuidSource>();
        services.AddSingleton<WorkbookIds>();
        services.AddSingleton<StoredWorkbooks>();
        services.AddSingleton<RegisteredWorkbooks>();
        services.AddSingleton<StatusPreview>();
        services.AddSingleton<AgentSyncRun>();
        services.AddSingleton<FinanceReportJob>();
        services.AddSingleton<SpendImportRun>();
        services.AddSingleton<InventoryImport>();
        services.AddSingleton<DecisionRightsQuery>();
        services.AddSingleton<DecisionRecording>();
        services.AddSingleton<Workbooks.Registry.WorkbookRegistrations>();
        services.AddSingleton<ScheduledWeeklyStatus>();
        return services;
    }
}
