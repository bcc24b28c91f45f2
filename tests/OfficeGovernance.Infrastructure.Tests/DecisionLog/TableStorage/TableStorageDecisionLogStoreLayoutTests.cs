using Layout = OfficeGovernance.Infrastructure.DecisionLog.TableStorage.TableStorageDecisionLogStoreLayout;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

public sealed class TableStorageDecisionLogStoreLayoutTests
{
    [Fact]
    public void EntryRowKey_Sequences_ZeroPaddedAndSortInChainOrder()
    {
        Assert.Equal("e-0000000000000000042", Layout.EntryRowKey(42));
        Assert.Equal("e-" + long.MaxValue, Layout.EntryRowKey(long.MaxValue));
        Assert.True(string.CompareOrdinal(Layout.EntryRowKey(9), Layout.EntryRowKey(10)) < 0);
        Assert.True(string.CompareOrdinal(Layout.EntryRowKey(long.MaxValue), Layout.EntryRowKeyTo) < 0);
        Assert.True(string.CompareOrdinal(Layout.EntryRowKeyFrom, Layout.EntryRowKey(1)) < 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => Layout.EntryRowKey(0));
    }

    [Fact]
    public void RowKeys_HeadAndMarkers_OutsideEntryRange()
    {
        foreach (var key in new[] { Layout.HeadRowKey, Layout.MarkerRowKey("d-1"), Layout.MarkerRowKey("!") })
        {
            Assert.True(string.CompareOrdinal(key, Layout.EntryRowKeyTo) >= 0, key);
        }
    }

    [Theory]
    [InlineData("01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K", "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K")]
    [InlineData("Q3/plan#1?.xlsx", "Q3!2Fplan!231!3F.xlsx")]
    [InlineData("share\\Portfolio.xlsx", "share!5CPortfolio.xlsx")]
    [InlineData("tab\there\u007f", "tab!09here!7F")]
    [InlineData("100% sure + 'quoted'!", "100!25 sure !2B !27quoted!27!21")]
    [InlineData("Überblick 2026.xlsx", "Überblick 2026.xlsx")]
    [InlineData("pair\ud83d\ude00", "pair\ud83d\ude00")]
    public void PartitionKeyFor_Identity_EscapesForbiddenCharacters(string identity, string expected)
    {
        Assert.Equal(expected, Layout.PartitionKeyFor(identity));
    }

    [Fact]
    public void EscapeKey_UnpairedSurrogate_EscapedAsUtf16Unit()
    {
        Assert.Equal("lone!uD800x", Layout.EscapeKey("lone\ud800x"));
        Assert.Equal("!uDC00", Layout.EscapeKey("\udc00"));
    }

    [Fact]
    public void EscapeKey_EveryLatin1Character_NoForbiddenCharacterLeft()
    {
        var all = new string(Enumerable.Range(0, 256).Select(i => (char)i).ToArray());

        var escaped = Layout.EscapeKey(all);

        Assert.DoesNotContain(escaped, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    [Fact]
    public void EscapeKey_EscapeCharacterItself_StaysDistinct()
    {
        Assert.NotEqual(Layout.EscapeKey("!21"), Layout.EscapeKey("!"));
        Assert.NotEqual(Layout.EscapeKey("a/"), Layout.EscapeKey("a!2F"));
    }

    [Fact]
    public void EscapeKey_LongValues_ShortenedWithHashAndStillDistinct()
    {
        var a = new string('/', 400) + "a";
        var b = new string('/', 400) + "b";

        var keyA = Layout.EscapeKey(a);

        Assert.True(keyA.Length <= Layout.MaxEscapedLength, keyA.Length.ToString());
        Assert.Contains("!h", keyA);
        Assert.NotEqual(keyA, Layout.EscapeKey(b));
        Assert.Equal(keyA, Layout.EscapeKey(a));
        Assert.Equal(new string('x', 255), Layout.EscapeKey(new string('x', 255)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void PartitionKeyFor_Blank_Throws(string identity)
    {
        Assert.Throws<ArgumentException>(() => Layout.PartitionKeyFor(identity));
    }

    [Theory]
    [InlineData("drive-1/item#1?x\\y")]
    [InlineData("b!Xy%'+")]
    [InlineData("lone\ud800x\udc00")]
    [InlineData("Caf\u00e9 \ud83d\ude80 tab\tend")]
    [InlineData("")]
    public void TryUnescapeKey_EscapedText_GivesTheTextBack(string text)
    {
        Assert.True(Layout.TryUnescapeKey(Layout.EscapeKey(text), out var back));
        Assert.Equal(text, back);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("!2f")]
    [InlineData("!2")]
    [InlineData("!zz")]
    [InlineData("!41")]
    public void TryUnescapeKey_KeyNoEscapingProduces_False(string key)
    {
        Assert.False(Layout.TryUnescapeKey(key, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryUnescapeKey_ShortenedKey_False()
    {
        Assert.False(Layout.TryUnescapeKey(Layout.EscapeKey(new string('/', 400)), out _));
    }
}
