using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Decisions;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure;

namespace OfficeGovernance.Application.Tests.Decisions;

/// <summary>
/// The decision use case over the local adapters (the sample workbook in a workbooks folder, its embedded JSON Lines
/// log): the rights are those of the stored workbook, a refusal writes nothing, a repeat of the key is replayed.
/// </summary>
public sealed class DecisionRecordingTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("og-decide-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task RecordAsync_ApproverWithRights_RecordsOnceAndReplaysTheSameKey()
    {
        using var provider = Provider();
        var decision = Expand("cto@example.org", "key-1");

        var first = await RecordAsync(provider, decision, "d1");
        var again = await RecordAsync(provider, decision, "d2");

        Assert.Equal(DecisionOutcomeKind.Recorded, first.Kind);
        Assert.Equal(DecisionOutcomeKind.Replayed, again.Kind);
        Assert.Equal("d1", again.Entry!.Decision.DecisionId);
        Assert.Equal("Expand: " + first.Initiative!.Name, first.Entry!.Decision.WhatChanged);
        Assert.Single(await first.Log.ReadAllAsync(CancellationToken.None), e => e.Decision.DecisionId == "d1");
    }

    [Fact]
    public async Task RecordAsync_ApproverWithoutRights_RefusedNamingWhoCouldAndWritesNothing()
    {
        using var provider = Provider();
        var before = await File.ReadAllBytesAsync(LogPath);

        var refused = await RecordAsync(provider, Expand("portfolio.lead@example.org", "key-2"), "d3");

        Assert.Equal(DecisionOutcomeKind.Refused, refused.Kind);
        Assert.NotEmpty(refused.Check!.AlternativeApprovers);
        Assert.Equal(before, await File.ReadAllBytesAsync(LogPath));
    }

    [Fact]
    public async Task RecordAsync_UnknownInitiative_AnswersUnknownAndWritesNothing()
    {
        using var provider = Provider();
        var before = await File.ReadAllBytesAsync(LogPath);

        var unknown = await RecordAsync(provider, Expand("cto@example.org", "key-3") with { InitiativeId = "NOPE-1" }, "d4");

        Assert.Equal(DecisionOutcomeKind.UnknownInitiative, unknown.Kind);
        Assert.Equal(before, await File.ReadAllBytesAsync(LogPath));
    }

    private string LogPath => Path.Combine(_root, "decisions", "portfolio.xlsx.decisions.jsonl");

    private static DecisionToRecord Expand(string approver, string key) => new(
        DecisionType.Expand, "DOC-0228", approver, ApproverSource.Token, "Two cycles at target", null, null, 0m,
        RiskEffect.None, null, null, null, "month", key);

    private static async Task<DecisionOutcome> RecordAsync(ServiceProvider provider, DecisionToRecord decision, string id)
    {
        var presented = await StoredDecisionWorkbook.OpenAsync(provider.GetRequiredService<StoredWorkbooks>(),
            provider.GetRequiredService<IWorkbookDecisionLogs>(), "portfolio.xlsx", (_, _) => Task.FromResult(true), CancellationToken.None);
        return await provider.GetRequiredService<DecisionRecording>().RecordAsync(presented!, decision, id, CancellationToken.None);
    }

    private ServiceProvider Provider()
    {
        Directory.CreateDirectory(Path.Combine(_root, "workbooks"));
        Directory.CreateDirectory(Path.Combine(_root, "decisions"));
        File.Copy(RepositoryRoot.PathOf("samples/portfolio.xlsx"), Path.Combine(_root, "workbooks", "portfolio.xlsx"), overwrite: true);
        File.Copy(RepositoryRoot.PathOf("samples/portfolio.xlsx.decisions.jsonl"), LogPath, overwrite: true);
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
