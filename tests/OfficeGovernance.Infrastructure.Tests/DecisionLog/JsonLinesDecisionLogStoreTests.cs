using System.Text;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog;

public sealed class JsonLinesDecisionLogStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "og-declog-" + Guid.NewGuid().ToString("N"));
    private string LogPath => Path.Combine(_dir, "portfolio.xlsx.decisions.jsonl");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void DefaultPathFor_Workbook_AppendsSuffixKeepingExtension()
    {
        Assert.Equal(Path.Combine("data", "portfolio.xlsx.decisions.jsonl"),
            JsonLinesDecisionLogStore.DefaultPathFor(Path.Combine("data", "portfolio.xlsx")));
    }

    [Fact]
    public async Task ReadAllAsync_MissingFile_EmptyLog()
    {
        var entries = await new JsonLinesDecisionLogStore(LogPath).ReadAllAsync(CancellationToken.None);

        Assert.Empty(entries);
        Assert.False(File.Exists(LogPath));
    }

    [Fact]
    public async Task AppendAsync_ThreeDrafts_RoundTripsAsIntactChain()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        var appended = new List<DecisionEntry>();
        for (var i = 1; i <= 3; i++)
        {
            appended.Add(await store.AppendAsync(new DecisionDraftBuilder().WithId($"d-{i}").Build(), CancellationToken.None));
        }

        var read = await new JsonLinesDecisionLogStore(LogPath).ReadAllAsync(CancellationToken.None);

        Assert.Equal(appended, read);
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.Sequence));
        Assert.True(DecisionChain.Verify(read).IsIntact);
        Assert.Equal(3, File.ReadAllLines(LogPath).Length);
    }

    [Fact]
    public async Task AppendAsync_SameDecisionIdTwice_ReturnsStoredAndWritesNothing()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        var first = await store.AppendAsync(new DecisionDraftBuilder().WithId("d-1").Build(), CancellationToken.None);
        await store.AppendAsync(new DecisionDraftBuilder().WithId("d-2").Build(), CancellationToken.None);
        var before = await File.ReadAllBytesAsync(LogPath);

        var again = await store.AppendAsync(
            new DecisionDraftBuilder().WithId("d-1").With(d => d with { Why = "retried" }).Build(), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(before, await File.ReadAllBytesAsync(LogPath));
    }

    [Fact]
    public async Task AppendAsync_ExistingLines_NeverRewritten()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(new DecisionDraftBuilder().WithId("d-1").Build(), CancellationToken.None);
        var before = await File.ReadAllBytesAsync(LogPath);

        await store.AppendAsync(new DecisionDraftBuilder().WithId("d-2").Build(), CancellationToken.None);

        var after = await File.ReadAllBytesAsync(LogPath);
        Assert.Equal(before, after.Take(before.Length));
    }

    [Fact]
    public async Task ReadAllAsync_CorruptLine_NamesFileAndLine()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(new DecisionDraftBuilder().WithId("d-1").Build(), CancellationToken.None);
        await File.AppendAllTextAsync(LogPath, "{\"sequence\": 2, oops\n");

        var ex = await Assert.ThrowsAsync<DecisionLogCorruptException>(() => store.ReadAllAsync(CancellationToken.None));

        Assert.Contains(LogPath, ex.Message);
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public async Task AppendAsync_CorruptLog_ThrowsAndWritesNothing()
    {
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(LogPath, "garbage\n");

        await Assert.ThrowsAsync<DecisionLogCorruptException>(() =>
            new JsonLinesDecisionLogStore(LogPath).AppendAsync(new DecisionDraftBuilder().Build(), CancellationToken.None));

        Assert.Equal("garbage\n", await File.ReadAllTextAsync(LogPath));
    }

    [Fact]
    public async Task AppendAsync_LastLineWithoutNewline_StartsNewLine()
    {
        var store = new JsonLinesDecisionLogStore(LogPath);
        await store.AppendAsync(new DecisionDraftBuilder().WithId("d-1").Build(), CancellationToken.None);
        var text = await File.ReadAllTextAsync(LogPath);
        await File.WriteAllTextAsync(LogPath, text.TrimEnd('\n'), new UTF8Encoding(false));

        await store.AppendAsync(new DecisionDraftBuilder().WithId("d-2").Build(), CancellationToken.None);

        var read = await store.ReadAllAsync(CancellationToken.None);
        Assert.Equal(2, read.Count);
        Assert.True(DecisionChain.Verify(read).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_TwentyConcurrentStores_TwentyEntriesOneIntactChain()
    {
        var start = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(1, 20).Select(i => Task.Factory.StartNew(() =>
        {
            start.Wait();
            var store = new JsonLinesDecisionLogStore(LogPath);
            return store.AppendAsync(new DecisionDraftBuilder().WithId($"c-{i:00}").Build(), CancellationToken.None)
                .GetAwaiter().GetResult();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);

        var read = await new JsonLinesDecisionLogStore(LogPath).ReadAllAsync(CancellationToken.None);
        Assert.Equal(20, read.Count);
        Assert.True(DecisionChain.Verify(read).IsIntact);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"c-{i:00}").Order(),
            read.Select(e => e.Decision.DecisionId).Order());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), results.Select(r => r.Sequence).Order());
    }
}
