using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Infrastructure;

namespace OfficeGovernance.Application.Tests;

/// <summary>
/// <c>AddApplication</c> with <c>AddInfrastructure</c> alone, as the CLI's weekly-status host composes them: every use
/// case resolves without the Functions app, and a bad setting fails with its own message.
/// </summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddApplication_WithInfrastructureAndLocalStore_ResolvesEveryUseCase()
    {
        using var provider = Provider(new Dictionary<string, string?>());

        Assert.NotNull(provider.GetRequiredService<StatusPreview>());
        Assert.NotNull(provider.GetRequiredService<ScheduledWeeklyStatus>());
        Assert.NotNull(provider.GetRequiredService<RegisteredWorkbooks>());
        Assert.NotNull(provider.GetRequiredService<StoredWorkbooks>());
        Assert.NotNull(provider.GetRequiredService<AgentSyncRun>());
    }

    [Fact]
    public void AddInfrastructure_LocalFiles_AreReadByPathNotThroughTheWorkbookFolder()
    {
        using var provider = Provider(new Dictionary<string, string?>());

        Assert.IsType<Infrastructure.Workbooks.PathWorkbookSource>(provider.GetRequiredService<IWorkbookFiles>().Existing);
        Assert.IsType<Infrastructure.Workbooks.LocalWorkbookSource>(provider.GetRequiredService<IWorkbookSource>());
    }

    [Theory]
    [InlineData("WeeklyStatus:MaxAttempts", "11", "WeeklyStatus:MaxAttempts must be 1 to 10.")]
    [InlineData("WeeklyStatus:Schedule", "0 0 99 * * Mon", "WeeklyStatus:Schedule must be an NCRONTAB expression")]
    [InlineData("WeeklyStatus:Workbooks", "drive/item", "WeeklyStatus:Workbooks must be ';'-separated workbook ids")]
    [InlineData("Workbooks:Directory", " ", "Workbooks:Directory must not be blank.")]
    [InlineData("DecisionLog:TableEndpoint", "not a uri", "DecisionLog:TableEndpoint must be an absolute URI.")]
    public void AddApplication_InvalidSetting_FailsNamingTheSetting(string key, string value, string message)
    {
        using var provider = Provider(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<WeeklyStatusOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<WorkbooksOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<DecisionLog.DecisionLogOptions>>().Value;
        });

        Assert.Contains(failure.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void AddInfrastructure_GraphStoreWithoutTableStorage_FailsNamingBothSettings()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Workbooks:Store"] = "Graph" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WorkbooksOptions>>().Value);

        Assert.Contains("set DecisionLog:TableConnection or DecisionLog:TableEndpoint", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddApplication(configuration).AddInfrastructure(configuration);
        return services.BuildServiceProvider();
    }
}
