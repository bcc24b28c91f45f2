using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// <c>decisions verify</c> holds the log to the heads the weekly run anchored in the (in Azure, WORM) append blob
/// (docs/rules.md#decision-log, the anchor), read back through Azurite's blob service with the writer's settings.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DecisionsVerifyAnchorTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);
    private readonly SampleWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Verify_AnchoredHeadMatches_Exit0SayingWhichAnchorWasChecked()
    {
        var entries = await EntriesAsync();
        await AnchorAsync(entries, entries.Count);

        var verify = await Verify(Anchored());

        Assert.True(verify.ExitCode == ExitCodes.Done, verify.Error);
        Assert.Contains($"Anchored head #{entries.Count} of 2026-11-23T06:00:00Z matches", verify.Output);
    }

    [Fact]
    public async Task Verify_LastEntryCutBelowTheAnchoredHead_Exits3NamingSequenceHashAndTime()
    {
        var entries = await EntriesAsync();
        await AnchorAsync(entries, entries.Count);
        var lines = await File.ReadAllLinesAsync(_workspace.DecisionLog);
        await File.WriteAllTextAsync(_workspace.DecisionLog, string.Concat(lines.SkipLast(1).Select(l => l + "\n")), new UTF8Encoding(false));

        var verify = await Verify(Anchored());

        Assert.Equal(ExitCodes.BrokenChain, verify.ExitCode);
        Assert.Contains($"anchored head #{entries.Count} (hash {entries[^1].Hash}, anchored 2026-11-23T06:00:00Z", verify.Error);
        Assert.Contains($"it has only {entries.Count - 1} entries", verify.Error);
    }

    [Fact]
    public async Task Verify_EntryRewrittenAndChainRecomputed_Exits3NamingBothHashes()
    {
        var entries = await EntriesAsync();
        await AnchorAsync(entries, entries.Count);
        var forged = new List<DecisionEntry>();
        foreach (var entry in entries)
        {
            var draft = entry.Sequence == entries.Count ? entry.Decision with { Why = "Rewritten" } : entry.Decision;
            forged.Add(DecisionChain.Next(draft, forged.Count == 0 ? null : forged[^1]));
        }
        await File.WriteAllTextAsync(_workspace.DecisionLog,
            string.Concat(forged.Select(e => DecisionLogEntryJson.Serialize(e) + "\n")), new UTF8Encoding(false));

        var verify = await Verify(Anchored());

        Assert.Equal(ExitCodes.BrokenChain, verify.ExitCode);
        Assert.Contains($"the log's entry {entries.Count} has hash {forged[^1].Hash}; the log was rewritten", verify.Error);
    }

    [Fact]
    public async Task Verify_NoAnchorStoreConfigured_SaysTheAnchorWasNotChecked()
    {
        var verify = await Verify(new ConfigurationBuilder().Build());

        Assert.Equal(ExitCodes.Done, verify.ExitCode);
        Assert.Contains("The WORM anchor was not checked: no anchor store is configured", verify.Output);
    }

    [Fact]
    public async Task Verify_AnchorStoreUnreachable_Exit1OneLineNamingStoreAndSetting()
    {
        var closed = azurite.ConnectionString.Replace($":{azurite.BlobPort}/", ":9/", StringComparison.Ordinal);

        var verify = await Verify(Settings(closed));

        Assert.Equal(ExitCodes.Failure, verify.ExitCode);
        var line = Assert.Single(verify.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("The decision log's anchor cannot be read from the container decision-log-anchors (DecisionLog:AnchorConnection)", line);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    private Task<CliResult> Verify(IConfiguration settings) =>
        new CliHarness { Settings = settings }.RunAsync("decisions", "verify", "--workbook", _workspace.Workbook);

    private IConfiguration Anchored() => Settings(azurite.ConnectionString);

    private static IConfiguration Settings(string anchorConnection) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["DecisionLog:AnchorConnection"] = anchorConnection }).Build();

    private async Task<IReadOnlyList<DecisionEntry>> EntriesAsync() =>
        await new JsonLinesDecisionLogStore(_workspace.DecisionLog).ReadAllAsync(CancellationToken.None);

    // The key the weekly run anchors under: Settings.WorkbookId, else the workbook's name.
    private async Task AnchorAsync(IReadOnlyList<DecisionEntry> entries, int count)
    {
        var key = PortfolioWorkbookFile.LoadSettings(_workspace.Workbook).WorkbookId?.ToString() ?? Path.GetFileName(_workspace.Workbook);
        var anchor = new BlobLogHeadAnchor(new BlobContainerClient(azurite.ConnectionString, BlobLogHeadAnchor.DefaultContainerName),
            "DecisionLog:AnchorConnection", createContainer: true);
        await anchor.AppendAsync(new LogHeadAnchor(key, LogHead.Of(entries.Take(count).ToList()), Monday), CancellationToken.None);
    }
}
