using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure;

namespace OfficeGovernance.Application.Tests.WeeklyStatus;

/// <summary>
/// The status preview over the local adapters (the sample workbook in a workbooks folder, its JSON Lines log, the
/// .eml outbox): it composes the week's messages and sends and keeps nothing.
/// </summary>
public sealed class StatusPreviewTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("og-preview-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ComposeAsync_SampleWorkbook_ComposesOwnerAndDigestMessagesAndWritesNothing()
    {
        using var provider = Provider(withLog: true);

        var draft = await provider.GetRequiredService<StatusPreview>().ComposeAsync("portfolio.xlsx", new DateOnly(2026, 11, 20), CancellationToken.None);

        Assert.Equal("2026-W47", draft.Week.ToString());
        Assert.True(draft.Messages.Count > 2);
        Assert.All(draft.Messages, m => Assert.NotEmpty(m.Recipients));
        Assert.False(Directory.Exists(Path.Combine(_root, "outbox")));
    }

    [Fact]
    public async Task ComposeAsync_NoSuchWorkbook_ThrowsFileNotFound()
    {
        using var provider = Provider(withLog: true);

        await Assert.ThrowsAnyAsync<FileNotFoundException>(() =>
            provider.GetRequiredService<StatusPreview>().ComposeAsync("missing.xlsx", null, CancellationToken.None));
    }

    [Fact]
    public async Task ComposeAsync_StoredFileIsNotAnXlsx_RefusesWithAProblemNamingTheWorkbook()
    {
        using var provider = Provider(withLog: true);
        await File.WriteAllTextAsync(Path.Combine(_root, "workbooks", "notes.xlsx"), "not a workbook");

        var refused = await Assert.ThrowsAsync<WorkbookValidationException>(() =>
            provider.GetRequiredService<StatusPreview>().ComposeAsync("notes.xlsx", new DateOnly(2026, 11, 20), CancellationToken.None));

        Assert.Contains(refused.Problems, p => p.ToString().Contains("notes.xlsx", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_root, "outbox")));
    }

    private ServiceProvider Provider(bool withLog)
    {
        Directory.CreateDirectory(Path.Combine(_root, "workbooks"));
        Directory.CreateDirectory(Path.Combine(_root, "decisions"));
        File.Copy(RepositoryRoot.PathOf("samples/portfolio.xlsx"), Path.Combine(_root, "workbooks", "portfolio.xlsx"), overwrite: true);
        if (withLog)
        {
            File.Copy(RepositoryRoot.PathOf("samples/portfolio.xlsx.decisions.jsonl"),
                Path.Combine(_root, "decisions", "portfolio.xlsx.decisions.jsonl"), overwrite: true);
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workbooks:Directory"] = Path.Combine(_root, "workbooks"),
            ["DecisionLog:Directory"] = Path.Combine(_root, "decisions"),
            ["WeeklyStatus:Outbox"] = Path.Combine(_root, "outbox"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddApplication(configuration).AddInfrastructure(configuration);
        return services.BuildServiceProvider();
    }
}
