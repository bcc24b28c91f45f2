using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.DecisionLog;

/// <summary>Verify in one streamed pass (docs/rules.md#decision-log, verify; ADR 0036).</summary>
public class DecisionLogVerifierTests
{
    private const string Workbook = "w-1";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<DecisionLogTableRow> Copy(IEnumerable<DecisionEntry> entries) =>
        entries.Select((e, i) => new DecisionLogTableRow(e.Decision.DecisionId, i + 1, $"DecisionLog!B{i + 2}", e.Sequence, e.Hash)).ToList();

    private static LogHeadAnchorCheck Anchors(params LogHeadAnchor[] anchors) => new(Workbook, anchors, "the container c (DecisionLog:AnchorConnection)");

    [Fact]
    public async Task VerifyAsync_IntactLogWithCopyAndAnchor_OneStreamedPassAndNeverReadAll()
    {
        var chain = DecisionDraftBuilder.Chain(5);
        var store = new StreamedStore(chain);

        var result = await DecisionLogVerifier.VerifyAsync(store, () => Copy(chain.Take(3)),
            Anchors(new LogHeadAnchor(Workbook, LogHead.Of(chain), Monday)), CancellationToken.None);

        Assert.True(result.Verification.IsIntact);
        Assert.Equal("The chain of 5 entries is intact.", result.Verification.Message);
        Assert.StartsWith("Anchored head #5 of 2026-11-23T06:00:00Z matches", result.Verification.Anchor);
        Assert.Empty(result.Differences);
        Assert.Equal((1, 0), (store.Streams, store.ReadAlls));
    }

    [Fact]
    public async Task VerifyAsync_CopyRowsNeverSeen_ReportedAfterThePassInRowOrder()
    {
        var chain = DecisionDraftBuilder.Chain(5);

        var result = await DecisionLogVerifier.VerifyAsync(new StreamedStore(chain.Take(3).ToList()), () => Copy(chain), null, CancellationToken.None);

        Assert.True(result.Verification.IsIntact);
        Assert.Equal([4, 5], result.Differences.Select(p => p.Row));
        Assert.Contains("(3 entries)", result.Differences[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_BrokenChainAndUnreadableCopy_TheChainIsReportedNotTheCopy()
    {
        var chain = DecisionDraftBuilder.Chain(3).Select((e, i) => i == 1 ? e with { Hash = new string('c', 64) } : e).ToList();
        IReadOnlyList<DecisionLogTableRow> Unreadable() =>
            throw new WorkbookValidationException([new ValidationProblem("DecisionLog", "Hash", 1, "DecisionLog!C2", "not a hash")]);

        var result = await DecisionLogVerifier.VerifyAsync(new StreamedStore(chain), Unreadable, null, CancellationToken.None);

        Assert.False(result.Verification.IsIntact);
        Assert.Equal(2, result.Verification.FirstBrokenSequence);
        Assert.Equal(3, result.Verification.EntryCount);
    }

    [Fact]
    public async Task VerifyAsync_IntactChainAndUnreadableCopy_ThrowsTheCopysProblems()
    {
        IReadOnlyList<DecisionLogTableRow> Unreadable() =>
            throw new WorkbookValidationException([new ValidationProblem("DecisionLog", "Hash", 1, "DecisionLog!C2", "not a hash")]);

        await Assert.ThrowsAsync<WorkbookValidationException>(() =>
            DecisionLogVerifier.VerifyAsync(new StreamedStore(DecisionDraftBuilder.Chain(2)), Unreadable, null, CancellationToken.None));
    }

    [Fact]
    public async Task VerifyAsync_TornFinalLineWhileStreaming_BrokenAtThatLine()
    {
        var store = new StreamedStore(DecisionDraftBuilder.Chain(2)) { TornAfter = true };

        var result = await DecisionLogVerifier.VerifyAsync(store, null, null, CancellationToken.None);

        Assert.False(result.Verification.IsIntact);
        Assert.Equal(3, result.Verification.FirstBrokenSequence);
        Assert.StartsWith("Line 3 of the decision log is incomplete", result.Verification.Message);
    }

    [Fact]
    public async Task VerifyAsync_RecordedHeadBehindTheLastEntry_NamesTheEntryAfterTheHead()
    {
        var chain = DecisionDraftBuilder.Chain(4);
        var store = new StreamedStore(chain) { Heads = [new RecordedHead(LogHead.Of(chain.Take(2).ToList()), "table T partition P")] };

        var result = await DecisionLogVerifier.VerifyAsync(store, null, null, CancellationToken.None);

        Assert.False(result.Verification.IsIntact);
        Assert.Equal((3L, chain[2].Decision.DecisionId), (result.Verification.FirstBrokenSequence, result.Verification.FirstBrokenDecisionId));
        Assert.Equal("Decision log table T partition P: entries 3 to 4 lie beyond the head (entry 2): they were written outside an append.",
            result.Verification.Message);
    }

    [Fact]
    public async Task VerifyAsync_HeadMovedByAnAppendWhileStreaming_ReadAgainAndIntact()
    {
        var chain = DecisionDraftBuilder.Chain(4);
        var store = new StreamedStore(chain)
        {
            Heads = [new RecordedHead(LogHead.Of(chain.Take(3).ToList()), "t"), new RecordedHead(LogHead.Of(chain), "t")],
        };

        var result = await DecisionLogVerifier.VerifyAsync(store, null, null, CancellationToken.None);

        Assert.True(result.Verification.IsIntact);
        Assert.Equal(2, store.HeadReads);
    }

    [Fact]
    public async Task VerifyAsync_RecordedHeadAheadOfTheLog_EntriesCutOffTheEnd()
    {
        var chain = DecisionDraftBuilder.Chain(4);
        var store = new StreamedStore(chain.Take(2).ToList()) { Heads = [new RecordedHead(LogHead.Of(chain), "t")] };

        var result = await DecisionLogVerifier.VerifyAsync(store, null, null, CancellationToken.None);

        Assert.False(result.Verification.IsIntact);
        Assert.Contains("entries 3 to 4 are missing (deleted)", result.Verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_AnchoredHeadDisagrees_BrokenAtTheAnchoredSequence()
    {
        var chain = DecisionDraftBuilder.Chain(3);
        var other = DecisionDraftBuilder.Chain(3).Select(e => e with { Hash = new string('d', 64) }).ToList();

        var result = await DecisionLogVerifier.VerifyAsync(new StreamedStore(chain), null,
            Anchors(new LogHeadAnchor(Workbook, LogHead.Of(other.Take(2).ToList()), Monday)), CancellationToken.None);

        Assert.False(result.Verification.IsIntact);
        Assert.Equal(2, result.Verification.FirstBrokenSequence);
        Assert.Equal($"hash {chain[1].Hash}", result.Anchored!.LogHas);
    }

    /// <summary>A store that streams its entries and counts how it was read.</summary>
    private sealed class StreamedStore(IReadOnlyList<DecisionEntry> entries) : IDecisionLogStore
    {
        public int Streams { get; private set; }

        public int ReadAlls { get; private set; }

        public int HeadReads { get; private set; }

        public bool TornAfter { get; init; }

        public RecordedHead[]? Heads { get; init; }

        public Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken)
        {
            ReadAlls++;
            return Task.FromResult(entries);
        }

        public async IAsyncEnumerable<DecisionEntry> ReadEntriesAsync(
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Streams++;
            foreach (var entry in entries)
            {
                await Task.Yield();
                yield return entry;
            }
            if (TornAfter)
            {
                throw new DecisionLogTornException(entries.Count + 1, entries.Count);
            }
        }

        public Task<RecordedHead?> ReadRecordedHeadAsync(CancellationToken cancellationToken) =>
            Task.FromResult(Heads is null ? null : Heads[Math.Min(HeadReads++, Heads.Length - 1)]);

        public Task<DecisionEntry> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
