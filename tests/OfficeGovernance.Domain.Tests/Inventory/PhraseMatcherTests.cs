using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Domain.Tests.Inventory;

public class PhraseMatcherTests
{
    private static readonly PhraseMatcher Matcher = new(
    [
        (RiskCue.LawEnforcement, ["criminal", "criminal investigation", "law & justice"]),
        (RiskCue.Employment, ["pre-employment"]),
    ]);

    [Fact]
    public void Find_LongerPhraseAtSameWord_QuotesTheLongest() =>
        Assert.Equal([(RiskCue.LawEnforcement, "criminal investigation")], Matcher.Find("A Criminal\n investigation."));

    [Theory]
    [InlineData("pre-employment tests")]
    [InlineData("PRE EMPLOYMENT tests")]
    public void Find_HyphenOrSpace_MatchesSameWords(string text) =>
        Assert.Equal([(RiskCue.Employment, "pre-employment")], Matcher.Find(text));

    [Theory]
    [InlineData("A Criminal\n investigation under Law&Justice, pre employment.")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Find_SplitWords_SameAsTheText(string? text) =>
        Assert.Equal(Matcher.Find(text), Matcher.Find(PhraseMatcher.Words(text)));

    [Fact]
    public void Words_Text_LowerCaseWordsAndAmpersand() =>
        Assert.Equal(["law", "&", "justice", "pre", "employment"], PhraseMatcher.Words("Law&Justice: pre-Employment."));

    [Fact]
    public void Find_Ampersand_IsAWord() =>
        Assert.Equal([(RiskCue.LawEnforcement, "law & justice")], Matcher.Find("Topic: Law&Justice"));

    [Theory]
    [InlineData("incriminating")]
    [InlineData("criminals")]
    [InlineData("law justice")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Find_PartOfAWordOrBlank_FindsNothing(string? text) => Assert.Empty(Matcher.Find(text));

    [Fact]
    public void Find_SeveralOccurrences_ReturnsEachInTextOrder() =>
        Assert.Equal(["criminal", "pre-employment", "criminal"], Matcher.Find("criminal; pre-employment; criminal").Select(f => f.Phrase));

    [Fact]
    public void Constructor_PhraseWithoutWord_Throws() =>
        Assert.Throws<ArgumentException>(() => new PhraseMatcher([(RiskCue.Health, [" - "])]));
}
