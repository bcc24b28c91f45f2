using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Domain.Tests.DecisionLog;

/// <summary>The log held to its WORM-anchored heads (docs/rules.md#decision-log, the anchor).</summary>
public class LogHeadAnchorCheckTests
{
    private const string Workbook = "7d1f0c52-5a3e-4a55-9b8e-1f7c2b6a9e01";
    private const string Store = "the container decision-log-anchors (DecisionLog:AnchorConnection)";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private static LogHeadAnchor Anchored(IReadOnlyList<DecisionEntry> chain, int count, int week = 0, string workbook = Workbook) =>
        new(workbook, LogHead.Of(chain.Take(count).ToList()), Monday.AddDays(7 * week));

    private static LogHeadAnchorResult Run(IReadOnlyList<DecisionEntry> log, IReadOnlyList<LogHeadAnchor> anchors, string? store = Store)
    {
        var check = new LogHeadAnchorCheck(Workbook, anchors, store);
        foreach (var entry in log)
        {
            check.Observe(entry);
        }
        return check.Finish(log.Count == 0 ? 0 : log[^1].Sequence);
    }

    [Fact]
    public void Finish_LogAtTheAnchoredHead_MatchesNamingTheHeadAndItsTime()
    {
        var chain = DecisionDraftBuilder.Chain(5);

        var result = Run(chain, [Anchored(chain, 5)]);

        Assert.True(result is { Checked: true, IsIntact: true });
        Assert.Equal($"Anchored head #5 of 2026-11-23T06:00:00Z matches (1 anchored head(s) in {Store} checked).", result.Message);
    }

    [Fact]
    public void Finish_EntriesAfterTheAnchoredHead_StillMatches()
    {
        var chain = DecisionDraftBuilder.Chain(5);

        Assert.True(Run(chain, [Anchored(chain, 3)]).IsIntact);
    }

    [Fact]
    public void Finish_LogShorterByOne_BrokenNamingSequenceHashTimeAndWhatTheLogHas()
    {
        var chain = DecisionDraftBuilder.Chain(5);

        var result = Run(chain.Take(4).ToList(), [Anchored(chain, 5)]);

        Assert.False(result.IsIntact);
        Assert.Equal(5, result.Broken!.Head.Sequence);
        Assert.Equal("only 4 entries", result.LogHas);
        Assert.Equal($"The decision log is shorter than its anchored head #5 (hash {chain[4].Hash}, anchored 2026-11-23T06:00:00Z " +
                     $"in {Store}): it has only 4 entries; entries were cut off its end.", result.Message);
    }

    [Fact]
    public void Finish_SameLengthOtherHash_BrokenNamingBothHashes()
    {
        var chain = DecisionDraftBuilder.Chain(5);
        var forged = chain.Take(4).Append(DecisionChain.Next(chain[4].Decision with { ApprovedBy = "mallory@example.org" }, chain[3])).ToList();

        var result = Run(forged, [Anchored(chain, 5)]);

        Assert.False(result.IsIntact);
        Assert.Equal($"hash {forged[4].Hash}", result.LogHas);
        Assert.Contains($"Anchored head #5 (hash {chain[4].Hash}, anchored 2026-11-23T06:00:00Z", result.Message);
        Assert.Contains($"the log's entry 5 has hash {forged[4].Hash}; the log was rewritten", result.Message);
    }

    [Fact]
    public void Finish_AnchorOfAnotherWorkbook_Ignored()
    {
        var chain = DecisionDraftBuilder.Chain(2);
        var other = DecisionDraftBuilder.Chain(9);

        var result = Run(chain, [Anchored(chain, 2), Anchored(other, 9, workbook: "another-workbook")]);

        Assert.True(result is { Checked: true, IsIntact: true });
        Assert.Contains("1 anchored head(s)", result.Message);
    }

    [Fact]
    public void Finish_SeveralAnchorsOnlyTheLatestDisagrees_EveryOneCheckedAndItIsNamed()
    {
        var chain = DecisionDraftBuilder.Chain(6);
        var rewritten = DecisionDraftBuilder.Chain(6).Select((e, i) => i == 5 ? e with { Hash = new string('a', 64) } : e).ToList();
        var anchors = new[] { Anchored(chain, 2, 0), Anchored(chain, 4, 1), Anchored(rewritten, 6, 2) };

        var result = Run(chain, anchors);

        Assert.False(result.IsIntact);
        Assert.Equal(6, result.Broken!.Head.Sequence);
        Assert.Contains("anchored 2026-12-07T06:00:00Z", result.Message);
        Assert.True(Run(chain, anchors.Take(2).ToList()).IsIntact);
    }

    [Fact]
    public void Finish_TwoAnchorsDisagree_TheLowestSequenceFirstAndBothCounted()
    {
        var chain = DecisionDraftBuilder.Chain(6);
        var other = DecisionDraftBuilder.Chain(6).Select(e => e with { Hash = new string('b', 64) }).ToList();

        var result = Run(chain, [Anchored(other, 6, 1), Anchored(other, 3, 0)]);

        Assert.Equal(3, result.Broken!.Head.Sequence);
        Assert.Contains("(2 of 2 anchored heads disagree)", result.Message);
    }

    [Fact]
    public void Finish_EmptyAnchorBlob_NotCheckedSaidPlainly()
    {
        var result = Run(DecisionDraftBuilder.Chain(3), []);

        Assert.True(result is { Checked: false, IsIntact: true });
        Assert.Equal($"The WORM anchor was not checked: {Store} holds no anchored head of this log yet (the weekly run anchors it).", result.Message);
    }

    [Fact]
    public void Finish_NoneConfigured_NotCheckedNamingTheSettings()
    {
        var check = LogHeadAnchorCheck.NotConfigured(Workbook);
        check.Observe(DecisionDraftBuilder.Chain(1)[0]);

        var result = check.Finish(1);

        Assert.True(result is { Checked: false, IsIntact: true });
        Assert.Equal("The WORM anchor was not checked: no anchor store is configured " +
                     "(DecisionLog:AnchorContainerUri or DecisionLog:AnchorConnection).", result.Message);
    }

    [Fact]
    public void Finish_EmptyLogAnchoredAtItsStart_Matches()
    {
        var result = Run([], [new LogHeadAnchor(Workbook, new LogHead(0, string.Empty), Monday)]);

        Assert.True(result is { Checked: true, IsIntact: true });
        Assert.StartsWith("Anchored head #0 of 2026-11-23T06:00:00Z matches", result.Message);
    }

    [Fact]
    public void Finish_EmptyLogAnchoredWithEntries_BrokenSayingItHasNone()
    {
        var chain = DecisionDraftBuilder.Chain(2);

        var result = Run([], [Anchored(chain, 2)]);

        Assert.False(result.IsIntact);
        Assert.Equal("no entries", result.LogHas);
    }
}
