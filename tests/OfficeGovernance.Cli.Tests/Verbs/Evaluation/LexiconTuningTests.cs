using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Cli.Tests.Verbs.Evaluation;

public sealed class LexiconTuningTests
{
    private static IEnumerable<(string?, DeclaredImpact)> Alone(string phrase, int times, DeclaredImpact declared) =>
        Enumerable.Repeat<(string?, DeclaredImpact)>((phrase, declared), times);

    [Fact]
    public void LeftOut_AloneThreeTimesNeverDeclaredHigh_LeftOut() =>
        Assert.Equal(["treatment"], LexiconTuning.LeftOut(Alone("treatment", 3, DeclaredImpact.NotHigh)));

    [Fact]
    public void LeftOut_AloneTwice_Kept() =>
        Assert.Empty(LexiconTuning.LeftOut(Alone("treatment", 2, DeclaredImpact.NotHigh)));

    [Fact]
    public void LeftOut_AloneOnceForADeclaredHighImpactUse_Kept() =>
        Assert.Empty(LexiconTuning.LeftOut(Alone("treatment", 5, DeclaredImpact.NotHigh).Concat(Alone("treatment", 1, DeclaredImpact.High))));

    [Fact]
    public void LeftOut_AloneOnlyWhereNothingWasDeclared_Kept() =>
        Assert.Empty(LexiconTuning.LeftOut(Alone("treatment", 2, DeclaredImpact.NotHigh).Concat(Alone("treatment", 3, DeclaredImpact.Unknown))));

    [Fact]
    public void AlonePhrase_HighByOnePhraseInTwoFields_ThatPhrase()
    {
        var useCase = new InventoryUseCase { SourceRow = 2, Name = "Parole", Purpose = "Supports parole officers." };

        Assert.Equal("parole", LexiconTuning.AlonePhrase(InventoryClassifier.Classify(useCase, LexiconTuning.Candidates)));
    }

    [Fact]
    public void AlonePhrase_HighByTwoPhrases_Null()
    {
        var useCase = new InventoryUseCase { SourceRow = 2, Name = "Tool", Purpose = "Supports parole and probation officers." };

        Assert.Null(LexiconTuning.AlonePhrase(InventoryClassifier.Classify(useCase, LexiconTuning.Candidates)));
    }

    [Fact]
    public void AlonePhrase_NotHigh_Null()
    {
        var useCase = new InventoryUseCase { SourceRow = 2, Name = "Notes", Purpose = "Summarises meeting notes." };

        Assert.Null(LexiconTuning.AlonePhrase(InventoryClassifier.Classify(useCase, LexiconTuning.Candidates)));
    }
}
