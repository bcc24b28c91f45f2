using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.DecisionLog;

public class DecisionChainTests
{
    private const string Golden =
        "{\"DecisionId\":\"d-0001\",\"Timestamp\":\"2026-11-20T09:30:15.1234567Z\",\"InitiativeId\":\"INIT-1\"," +
        "\"DecisionType\":\"Overage\",\"WhatChanged\":\"Approved overage for November\",\"Why\":\"Seasonal volume\"," +
        "\"ApprovedBy\":\"cfo@example.com\",\"RequestedBy\":\"alice@example.com\",\"CostEffect\":\"250.5\"," +
        "\"RiskEffect\":\"None\",\"RiskNote\":null,\"Amount\":\"1200\"}";

    [Fact]
    public void CanonicalJson_FixedDraft_MatchesGoldenString()
    {
        Assert.Equal(Golden, DecisionChain.CanonicalJson(new DecisionDraftBuilder().Build()));
    }

    [Fact]
    public void CanonicalJson_MonthSet_AppendedAsYearMonthAfterAmount()
    {
        var draft = new DecisionDraftBuilder().With(d => d with { Month = new DateOnly(2026, 10, 1) }).Build();
        Assert.Equal(Golden[..^1] + ",\"Month\":\"2026-10\"}", DecisionChain.CanonicalJson(draft));
        Assert.NotEqual(DecisionChain.ComputeHash(new DecisionDraftBuilder().Build(), DecisionChain.Genesis),
            DecisionChain.ComputeHash(draft, DecisionChain.Genesis));
    }

    [Fact]
    public void CanonicalJson_OffsetTimestamp_WritesUtc()
    {
        var draft = new DecisionDraftBuilder().With(d => d with
        {
            Timestamp = new DateTimeOffset(2026, 11, 20, 11, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567),
        }).Build();

        Assert.Equal(Golden, DecisionChain.CanonicalJson(draft));
    }

    [Fact]
    public void CanonicalJson_DecimalScale_DoesNotChangeJson()
    {
        var a = new DecisionDraftBuilder().With(d => d with { CostEffect = 10m, Amount = -0.5m }).Build();
        var b = new DecisionDraftBuilder().With(d => d with { CostEffect = 10.00m, Amount = -0.500m }).Build();

        Assert.Equal(DecisionChain.CanonicalJson(a), DecisionChain.CanonicalJson(b));
        Assert.Contains("\"CostEffect\":\"10\"", DecisionChain.CanonicalJson(a));
        Assert.Contains("\"Amount\":\"-0.5\"", DecisionChain.CanonicalJson(a));
    }

    [Theory]
    [InlineData("0.00", "0")]
    [InlineData("-0.00", "0")]
    [InlineData("1234567.8900", "1234567.89")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void CanonicalDecimal_Value_NormalisedInvariantText(string input, string expected)
    {
        var value = decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, DecisionChain.CanonicalDecimal(value));
    }

    [Fact]
    public void CanonicalJson_LabelsAndNulls_UseWorkbookLabels()
    {
        var draft = new DecisionDraftBuilder().With(d => d with
        {
            DecisionType = DecisionType.ScopeChange, RiskEffect = RiskEffect.Raised, RiskNote = "wider data",
            RequestedBy = null, Amount = null,
        }).Build();

        var json = DecisionChain.CanonicalJson(draft);

        Assert.Contains("\"DecisionType\":\"Scope change\"", json);
        Assert.Contains("\"RequestedBy\":null", json);
        Assert.Contains("\"RiskEffect\":\"Raised\",\"RiskNote\":\"wider data\",\"Amount\":null}", json);
    }

    [Fact]
    public void ComputeHash_FixedDraftOnGenesis_KnownValue()
    {
        var hash = DecisionChain.ComputeHash(new DecisionDraftBuilder().Build(), DecisionChain.Genesis);

        Assert.Equal("1de7c1cf9892a8f422b1447ed68a16fdab45f8a47b565d5a75811e5a1d71fa55", hash);
    }

    [Fact]
    public void Next_EmptyLog_StartsAtGenesis()
    {
        var entry = DecisionChain.Next(new DecisionDraftBuilder().Build(), null);

        Assert.Equal(1, entry.Sequence);
        Assert.Equal(new string('0', 64), entry.PreviousHash);
        Assert.Equal(DecisionChain.ComputeHash(entry.Decision, DecisionChain.Genesis), entry.Hash);
    }

    [Fact]
    public void Next_AfterHead_LinksToHeadHash()
    {
        var chain = DecisionDraftBuilder.Chain(2);

        Assert.Equal(2, chain[1].Sequence);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.NotEqual(chain[0].Hash, chain[1].Hash);
    }

    [Fact]
    public void Verify_IntactChain_IsIntact()
    {
        var result = DecisionChain.Verify(DecisionDraftBuilder.Chain(5));

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EntryCount);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Null(result.FirstBrokenDecisionId);
    }

    [Fact]
    public void Verify_EmptyLog_IsIntact()
    {
        Assert.True(DecisionChain.Verify([]).IsIntact);
    }

    [Fact]
    public void Verify_EditedField_NamesEditedEntry()
    {
        var chain = DecisionDraftBuilder.Chain(5).ToList();
        chain[2] = chain[2] with { Decision = chain[2].Decision with { Amount = 999999m } };

        var result = DecisionChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal("d-0003", result.FirstBrokenDecisionId);
        Assert.Contains("edited", result.Message);
    }

    [Fact]
    public void Verify_EditedAndRehashedEntry_NamesNextEntry()
    {
        var chain = DecisionDraftBuilder.Chain(5).ToList();
        var edited = chain[2].Decision with { Why = "rewritten" };
        chain[2] = chain[2] with { Decision = edited, Hash = DecisionChain.ComputeHash(edited, chain[2].PreviousHash) };

        var result = DecisionChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("previous hash", result.Message);
    }

    [Fact]
    public void Verify_DeletedEntry_NamesEntryAfterGap()
    {
        var chain = DecisionDraftBuilder.Chain(5).ToList();
        chain.RemoveAt(1);

        var result = DecisionChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal("d-0003", result.FirstBrokenDecisionId);
    }

    [Fact]
    public void Verify_DeletedLastEntry_StillIntactPrefix()
    {
        // A truncated tail is a valid shorter chain: only an external head record could detect it.
        var chain = DecisionDraftBuilder.Chain(5).Take(4).ToList();

        Assert.True(DecisionChain.Verify(chain).IsIntact);
    }

    [Fact]
    public void Verify_ReorderedEntries_NamesFirstOutOfPlace()
    {
        var chain = DecisionDraftBuilder.Chain(5).ToList();
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var result = DecisionChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal("d-0003", result.FirstBrokenDecisionId);
    }

    [Fact]
    public void Verify_FirstEntryNotOnGenesis_NamesFirst()
    {
        var chain = DecisionDraftBuilder.Chain(2).ToList();
        var forged = chain[0].Decision;
        chain[0] = chain[0] with { PreviousHash = new string('1', 64), Hash = DecisionChain.ComputeHash(forged, new string('1', 64)) };

        var result = DecisionChain.Verify(chain);

        Assert.Equal(1, result.FirstBrokenSequence);
    }
}
