using System.Text;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog;

/// <summary>
/// The file log under retries and torn writes (docs/rules.md#decision-log; issue 23, findings 4 and 5): idempotency keys,
/// an incomplete final line as a broken chain, repair that removes only that line, the head read from the tail.
/// </summary>
public sealed class JsonLinesDecisionLogStoreTrustTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("og-declog-trust-").FullName;
    private string LogPath => Path.Combine(_dir, "portfolio.xlsx.decisions.jsonl");
    private static CancellationToken None => CancellationToken.None;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static DecisionDraft Keyed(string id, string key, string why = "on target") =>
        new DecisionDraftBuilder().WithId(id).With(d => d with { IdempotencyKey = key, Why = why }).Build();

    [Fact]
    public async Task AppendAsync_SameKeySameContentNewId_ReturnsFirstEntryAndWritesNothing()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        var first = await store.AppendAsync(Keyed("d-1", "k-1"), None);
        await store.AppendAsync(Keyed("d-2", "k-2"), None);
        var before = await File.ReadAllBytesAsync(LogPath);

        var again = await store.AppendAsync(Keyed("d-3", "k-1") with { Timestamp = DateTimeOffset.UnixEpoch }, None);

        Assert.Equal(first, again);
        Assert.Equal(before, await File.ReadAllBytesAsync(LogPath));
    }

    [Fact]
    public async Task AppendAsync_SameKeyOtherContent_ThrowsAndWritesNothing()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(Keyed("d-1", "k-1"), None);
        var before = await File.ReadAllBytesAsync(LogPath);

        var refused = await Assert.ThrowsAsync<IdempotencyKeyConflictException>(
            () => store.AppendAsync(Keyed("d-2", "k-1", why: "another reason"), None));

        Assert.Equal("d-1", refused.Stored.Decision.DecisionId);
        Assert.Equal(before, await File.ReadAllBytesAsync(LogPath));
    }

    [Fact]
    public async Task AppendAsync_TornFinalLine_ThrowsNamingTheLineAndWritesNothing()
    {
        var before = await TornLogAsync();

        var torn = await Assert.ThrowsAsync<DecisionLogTornException>(
            () => new JsonLinesDecisionLogStore(LogPath).AppendAsync(Keyed("d-4", "k-4"), None));

        Assert.Equal(3, torn.LineNumber);
        Assert.Equal(before, await File.ReadAllBytesAsync(LogPath));
    }

    [Fact]
    public async Task VerifyAsync_TornFinalLine_BrokenAtThatLine()
    {
        await TornLogAsync();

        var verification = await new JsonLinesDecisionLogStore(LogPath).VerifyAsync(None);

        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Contains("Line 3", verification.Message);
    }

    [Fact]
    public async Task RepairAsync_TornFinalLine_RemovesExactlyThatLineAfterShowingIt()
    {
        var before = await TornLogAsync();
        var intact = before.AsSpan(0, Array.LastIndexOf(before, (byte)'\n') + 1).ToArray();
        var shown = "";

        var removed = await new JsonLinesDecisionLogStore(LogPath).RepairAsync((line, text) =>
        {
            shown = $"{line}:{text}";
            return Task.CompletedTask;
        }, None);

        Assert.True(removed);
        Assert.Equal("3:" + Encoding.UTF8.GetString(before.AsSpan(intact.Length)), shown);
        Assert.Equal(intact, await File.ReadAllBytesAsync(LogPath));
        Assert.True((await new JsonLinesDecisionLogStore(LogPath).VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task RepairAsync_CompleteLastEntryWithoutNewline_RemovesNothing()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(Keyed("d-1", "k-1"), None);
        await File.WriteAllTextAsync(LogPath, (await File.ReadAllTextAsync(LogPath)).TrimEnd('\n'), new UTF8Encoding(false));
        var before = await File.ReadAllBytesAsync(LogPath);

        var removed = await store.RepairAsync((_, _) => throw new InvalidOperationException("nothing is torn"), None);

        Assert.False(removed);
        Assert.Equal(before, await File.ReadAllBytesAsync(LogPath));
    }

    [Fact]
    public async Task AppendAsync_UnreadableEarlierLine_TakesTheHeadFromTheTailAlone()
    {
        // The head comes from the last line: an append never parses the lines before it (verify still does).
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(Keyed("d-1", "k-1"), None);
        var second = await store.AppendAsync(Keyed("d-2", "k-2"), None);
        var lines = await File.ReadAllLinesAsync(LogPath);
        await File.WriteAllTextAsync(LogPath, "{\"not\": \"an entry\"}\n" + lines[1] + "\n", new UTF8Encoding(false));

        var third = await store.AppendAsync(Keyed("d-3", "k-3"), None);

        Assert.Equal(3, third.Sequence);
        Assert.Equal(second.Hash, third.PreviousHash);
    }

    // Two entries, then the first 40 bytes of a third: a write cut off by a crash. Returns the bytes.
    private async Task<byte[]> TornLogAsync()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(Keyed("d-1", "k-1"), None);
        await store.AppendAsync(Keyed("d-2", "k-2"), None);
        var third = DecisionLogEntryJson.Serialize(DecisionChain.Next(Keyed("d-3", "k-3"), null));
        await File.AppendAllTextAsync(LogPath, third[..40], new UTF8Encoding(false));
        return await File.ReadAllBytesAsync(LogPath);
    }

    [Fact]
    public async Task ReadEntriesAsync_CorruptLineLater_EntriesBeforeItStreamedFirst()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(Keyed("d-1", "k-1"), None);
        await store.AppendAsync(Keyed("d-2", "k-2"), None);
        await File.AppendAllTextAsync(LogPath, "not an entry\n{}\n", new UTF8Encoding(false));
        var seen = new List<string>();

        var error = await Assert.ThrowsAsync<DecisionLogCorruptException>(async () =>
        {
            await foreach (var entry in store.ReadEntriesAsync(None))
            {
                seen.Add(entry.Decision.DecisionId);
            }
        });

        Assert.Equal(["d-1", "d-2"], seen);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEntriesAsync_TornFinalLine_EntriesThenTheTornLine()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(Keyed("d-1", "k-1"), None);
        await File.AppendAllTextAsync(LogPath, "{\"sequence\":2,\"decisionId\":\"cut", new UTF8Encoding(false));
        var seen = new List<string>();

        var torn = await Assert.ThrowsAsync<DecisionLogTornException>(async () =>
        {
            await foreach (var entry in store.ReadEntriesAsync(None))
            {
                seen.Add(entry.Decision.DecisionId);
            }
        });

        Assert.Equal(["d-1"], seen);
        Assert.Equal(2, torn.LineNumber);
    }
}
