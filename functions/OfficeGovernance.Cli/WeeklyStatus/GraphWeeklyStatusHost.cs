using Microsoft.Extensions.Options;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Application;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure;

namespace OfficeGovernance.Cli.WeeklyStatus;

/// <summary>
/// The weekly run's services for <c>weekly-status --drive-item</c> (docs/rules.md#weekly-status), built as the
/// function app builds them (<see cref="Application.DependencyInjection.AddApplication"/> and
/// <see cref="Infrastructure.DependencyInjection.AddInfrastructure"/>) from the same settings, with the CLI's clock. The host is never started: only the settings the weekly run uses are checked (the store, Graph,
/// Table Storage, WeeklyStatus), so an operator needs no <c>Auth:*</c> settings to rerun it by hand.
/// </summary>
internal sealed class GraphWeeklyStatusHost : IDisposable
{
    private readonly IHost _host;

    private GraphWeeklyStatusHost(IHost host) => _host = host;

    /// <summary>The weekly run of one workbook, resolved from the host.</summary>
    public ScheduledWeeklyStatus Weekly => _host.Services.GetRequiredService<ScheduledWeeklyStatus>();

    /// <summary>
    /// Builds the services from <see cref="CliContext.Settings"/> and checks the settings the weekly run through Graph needs.
    /// </summary>
    /// <exception cref="WeeklyStatusSettingsException">A setting is missing or wrong; every problem is listed.</exception>
    public static GraphWeeklyStatusHost Create(CliContext context)
    {
        var settings = context.Settings;
        var store = settings[$"{WorkbooksOptions.Section}:{nameof(WorkbooksOptions.Store)}"]?.Trim();
        if (!string.Equals(store, nameof(WorkbookStoreKind.Graph), StringComparison.OrdinalIgnoreCase))
        {
            throw new WeeklyStatusSettingsException([
                $"Workbooks:Store is {(string.IsNullOrEmpty(store) ? "not set" : $"'{store}'")}: weekly-status --drive-item "
                + "runs through Graph, so set Workbooks:Store to Graph (environment variable Workbooks__Store=Graph)."]);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddConfiguration(settings);
        builder.Services.AddApplication(builder.Configuration).AddInfrastructure(builder.Configuration);
        builder.Services.AddSingleton(context.Time);
        var host = builder.Build();
        var problems = Problems(host.Services);
        if (problems.Count > 0)
        {
            host.Dispose();
            throw new WeeklyStatusSettingsException(problems);
        }
        return new GraphWeeklyStatusHost(host);
    }

    /// <inheritdoc />
    public void Dispose() => _host.Dispose();

    /// <summary>Every failure of the options the weekly run reads, each naming its setting.</summary>
    private static List<string> Problems(IServiceProvider services)
    {
        var problems = new List<string>();
        Check<DecisionLogOptions>(services, problems);
        Check<WorkbooksOptions>(services, problems);
        Check<WeeklyStatusOptions>(services, problems);
        Check<GraphOptions>(services, problems);
        // An option that depends on another (Workbooks on DecisionLog) repeats that one's failure.
        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Check<T>(IServiceProvider services, List<string> problems)
        where T : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException invalid)
        {
            problems.AddRange(invalid.Failures);
        }
        catch (InvalidOperationException unbindable)
        {
            // The binder's own message names the setting and the value it could not convert.
            problems.Add(unbindable.Message);
        }
    }
}

/// <summary>The settings of <c>weekly-status --drive-item</c> are missing or wrong (exit 2).</summary>
/// <param name="problems">Every problem, each naming its setting.</param>
internal sealed class WeeklyStatusSettingsException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>Every problem, each naming its setting.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
