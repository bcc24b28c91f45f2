using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Domain.Tests.DecisionLog;

public class LogHeadTests
{
    [Fact]
    public void Of_EmptyLog_WitnessSaysNoEntries()
    {
        var head = LogHead.Of([]);
        Assert.Equal((0L, string.Empty), (head.Sequence, head.Hash));
        Assert.Equal("its start (no entries yet)", head.Witness);
    }

    [Fact]
    public void Of_Chain_IsTheLastEntrysSequenceAndTwelveHexDigits()
    {
        var first = DecisionChain.Next(new DecisionDraftBuilder().WithId("d-1").Build(), null);
        var second = DecisionChain.Next(new DecisionDraftBuilder().WithId("d-2").Build(), first);

        var head = LogHead.Of([first, second]);

        Assert.Equal((second.Sequence, second.Hash), (head.Sequence, head.Hash));
        Assert.Equal($"entry {second.Sequence}, hash {second.Hash[..12]}", head.Witness);
        Assert.NotEqual(LogHead.Of([first]).Witness, head.Witness);
    }
}
