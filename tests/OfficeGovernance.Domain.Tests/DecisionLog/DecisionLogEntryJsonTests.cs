using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.DecisionLog;

public class DecisionLogEntryJsonTests
{
    [Fact]
    public void Serialize_Entry_OneCamelCaseLine()
    {
        var entry = DecisionDraftBuilder.Chain(1)[0] with { };
        var withNewlines = entry with { Decision = entry.Decision with { Why = "line one\nline two" } };

        var line = DecisionLogEntryJson.Serialize(withNewlines);

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("{\"sequence\":1,\"decisionId\":\"d-0001\",\"timestamp\":\"2026-11-20T09:31:15.1234567Z\"", line);
        Assert.Contains("\"decisionType\":\"Overage\"", line);
        Assert.Contains("\"costEffect\":250.50", line);
        Assert.EndsWith($"\"hash\":\"{entry.Hash}\"}}", line);
    }

    [Fact]
    public void Parse_SerializedEntry_RoundTripsAndStillVerifies()
    {
        var chain = DecisionDraftBuilder.Chain(3).Select(e => e with
        {
            Decision = e.Decision with { DecisionType = DecisionType.ScopeChange, RiskEffect = RiskEffect.Lowered, Amount = null, RequestedBy = null },
        }).ToList();
        var rehashed = new List<DecisionEntry>();
        foreach (var e in chain)
        {
            rehashed.Add(DecisionChain.Next(e.Decision, rehashed.Count == 0 ? null : rehashed[^1]));
        }

        var parsed = rehashed.Select(e => DecisionLogEntryJson.Parse(DecisionLogEntryJson.Serialize(e))).ToList();

        Assert.Equal(rehashed, parsed);
        Assert.True(DecisionChain.Verify(parsed).IsIntact);
    }

    [Fact]
    public void Parse_EntryWithMonth_RoundTripsAndVerifies_AndWithoutMonthWritesNoMonth()
    {
        var first = DecisionChain.Next(DecisionDraftBuilder.Chain(1)[0].Decision with { Month = new DateOnly(2026, 10, 1) }, null);
        var line = DecisionLogEntryJson.Serialize(first);
        Assert.Contains("\"month\":\"2026-10\"", line);
        var parsed = DecisionLogEntryJson.Parse(line);
        Assert.Equal(new DateOnly(2026, 10, 1), parsed.Decision.Month);
        Assert.True(DecisionChain.Verify([parsed]).IsIntact);
        Assert.DoesNotContain("month", DecisionLogEntryJson.Serialize(DecisionDraftBuilder.Chain(1)[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MonthNotYearMonth_FormatExceptionNamingProperty()
    {
        var line = DecisionLogEntryJson.Serialize(DecisionDraftBuilder.Chain(1)[0]).Replace("\"previousHash\"", "\"month\":\"Oct\",\"previousHash\"");
        Assert.Contains("month", Assert.Throws<FormatException>(() => DecisionLogEntryJson.Parse(line)).Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"sequence\":1}")]
    [InlineData("{\"sequence\":\"one\",\"decisionId\":\"x\"}")]
    public void Parse_BadLine_ThrowsFormatException(string line)
    {
        Assert.Throws<FormatException>(() => DecisionLogEntryJson.Parse(line));
    }

    [Fact]
    public void Parse_UnknownDecisionType_NamesProperty()
    {
        var line = DecisionLogEntryJson.Serialize(DecisionDraftBuilder.Chain(1)[0])
            .Replace("\"decisionType\":\"Overage\"", "\"decisionType\":\"Bribe\"", StringComparison.Ordinal);

        var ex = Assert.Throws<FormatException>(() => DecisionLogEntryJson.Parse(line));

        Assert.Contains("decisionType", ex.Message);
    }
}
