using Azure.Storage.Blobs;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// <c>GET /api/decisions/verify</c> holds the log to the heads the weekly run anchored in the append blob
/// (docs/rules.md#decision-log, the anchor), read through Azurite's blob service with the writer's settings.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DecisionsVerifyAnchorApiTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);
    private FunctionsHost? _host;

    public void Dispose() => _host?.Dispose();

    [Fact]
    public async Task Verify_AnchoredHeadMatches_Answers200NamingTheAnchor()
    {
        var chain = StoreWithLog(Host(azurite.ConnectionString), 3);
        await AnchorAsync(chain, 3);

        var answer = await Verify();

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("Anchored head #3 of 2026-11-23T06:00:00Z matches", answer.Body.GetProperty("anchor").GetString());
    }

    [Fact]
    public async Task Verify_LogShorterThanTheAnchoredHead_Answers409NamingSequenceHashTimeAndWhatTheLogHas()
    {
        var chain = StoreWithLog(Host(azurite.ConnectionString), 3);
        await AnchorAsync(DecisionDraftBuilder.Chain(4), 4);

        var answer = await Verify();

        Assert.Equal(409, answer.Status);
        Assert.Equal(4, answer.Body.GetProperty("anchoredSequence").GetInt64());
        Assert.Equal(DecisionDraftBuilder.Chain(4)[3].Hash, answer.Body.GetProperty("anchoredHash").GetString());
        Assert.Equal(Monday, answer.Body.GetProperty("anchoredAt").GetDateTimeOffset());
        Assert.Equal("only 3 entries", answer.Body.GetProperty("logHas").GetString());
        Assert.Contains("shorter than its anchored head #4", answer.Body.GetProperty("detail").GetString());
        Assert.Equal(3, chain.Count);
    }

    [Fact]
    public async Task Verify_NoAnchorStore_Answers200SayingItWasNotChecked()
    {
        StoreWithLog(Host(null), 2);

        var answer = await Verify();

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("The WORM anchor was not checked", answer.Body.GetProperty("anchor").GetString());
    }

    [Fact]
    public async Task Verify_AnchorStoreUnreachable_Answers503NamingTheStoreAndSetting()
    {
        StoreWithLog(Host(azurite.ConnectionString.Replace($":{azurite.BlobPort}/", ":9/", StringComparison.Ordinal)), 2);

        var answer = await Verify();

        Assert.Equal(503, answer.Status);
        Assert.StartsWith("The decision log's anchor cannot be read from the container decision-log-anchors (DecisionLog:AnchorConnection)",
            answer.Body.GetProperty("detail").GetString());
    }

    private FunctionsHost Host(string? anchorConnection) => _host = new FunctionsHost(new Dictionary<string, string?>
    {
        ["DecisionLog:AnchorConnection"] = anchorConnection,
    });

    private IReadOnlyList<DecisionEntry> StoreWithLog(FunctionsHost host, int entries)
    {
        host.Store("portfolio.xlsx");
        var chain = DecisionDraftBuilder.Chain(entries);
        Directory.CreateDirectory(Path.Combine(host.Root, "decisions"));
        File.WriteAllLines(Path.Combine(host.Root, "decisions", "portfolio.xlsx.decisions.jsonl"), chain.Select(DecisionLogEntryJson.Serialize));
        return chain;
    }

    // Under the key the weekly run uses: the stored Settings.WorkbookId, else the stored id.
    private async Task AnchorAsync(IReadOnlyList<DecisionEntry> chain, int count)
    {
        var key = PortfolioWorkbookFile.ParseSettings(Sample.Bytes, "portfolio.xlsx").WorkbookId?.ToString() ?? "portfolio.xlsx";
        var anchor = new BlobLogHeadAnchor(new BlobContainerClient(azurite.ConnectionString, BlobLogHeadAnchor.DefaultContainerName),
            "DecisionLog:AnchorConnection", createContainer: true);
        var blob = new BlobContainerClient(azurite.ConnectionString, BlobLogHeadAnchor.DefaultContainerName).GetBlobClient(BlobLogHeadAnchor.BlobName(key));
        await blob.DeleteIfExistsAsync();
        await anchor.AppendAsync(new LogHeadAnchor(key, LogHead.Of(chain.Take(count).ToList()), Monday), CancellationToken.None);
    }

    private async Task<Answer> Verify()
    {
        var request = _host!.Request("GET", "/api/decisions/verify?workbookId=portfolio.xlsx");
        return await Answer.Of(await _host.Function<DecisionsApi>().VerifyDecisions(request, CancellationToken.None), request);
    }
}
