using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Application.Inventory;
using OfficeGovernance.Infrastructure.Inventory;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Cli.Tests.Verbs.Evaluation;

/// <summary>
/// Issue #27: the classifier measured leave-agencies-out on the three development files, and the README's figures
/// recomputed from them. Set OG_WRITE_EVALUATION to a file path to write the tables there.
/// </summary>
public sealed class ClassifierEvaluationTests
{
    private static readonly string[] Files = ["2024 file", "DHS 2024 file", "2025 development agencies"];

    private static readonly Lazy<IReadOnlyList<EvaluatedRow>> Rows = new(() => ClassifierEvaluation.Evaluate(
    [
        (Files[0], Read("2024_consolidated_ai_inventory_raw_v2.csv")),
        (Files[1], Read("DHS_24_1216_ocio_2024-dhs-ai-use-case-inventory.csv")),
        (Files[2], Read("2025_ai_use_case_inventory_development_agencies.xlsx")),
    ]));

    [Fact]
    public void Readme_EvaluationTables_AreTheFiguresOfTheShippedData()
    {
        var tables = new[]
        {
            ClassifierEvaluation.AgreementTable(Rows.Value, Files),
            ClassifierEvaluation.RuleTable(Rows.Value, Files),
            ClassifierEvaluation.MissesByTopicTable(Rows.Value, Files),
        };
        if (Environment.GetEnvironmentVariable("OG_WRITE_EVALUATION") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Join(Environment.NewLine, tables));
        }

        var readme = File.ReadAllText(RepositoryRoot.PathOf("README.md")).ReplaceLineEndings("\n");
        Assert.All(tables, table => Assert.Contains(table.ReplaceLineEndings("\n"), readme));
    }

    [Fact]
    public void LeftOut_IsTheTuningOnEveryRowOfTheDevelopmentFiles()
    {
        var tuned = LexiconTuning.LeftOut(Rows.Value.Select(r => (r.AlonePhrase, r.UseCase.DeclaredImpact)));
        if (Environment.GetEnvironmentVariable("OG_WRITE_EVALUATION") is { Length: > 0 } path)
        {
            File.WriteAllText(path + ".leftout", string.Join(", ", tuned.Order(StringComparer.Ordinal).Select(p => $"\"{p}\"")));
        }

        Assert.Equal(tuned.Order(StringComparer.Ordinal), InventoryCueLexicon.LeftOut.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_EveryFileAndSchemaIsRead()
    {
        Assert.Equal([2_130, 197, 1_519], Files.Select(f => Rows.Value.Count(r => r.File == f)));
        Assert.Equal(181, Rows.Value.Count(r => r.File == Files[2] && r.UseCase.DeclaredImpact == DeclaredImpact.High));
    }

    [Fact]
    public void Classify_DevelopmentFiles_NoRowThatDescribesNothingIsLowOrMedium()
    {
        foreach (var row in Rows.Value)
        {
            var describes = InventoryRiskMapper.ToInputs(row.UseCase).DescribesWork;
            Assert.True(describes || row.Shipped.Level == RiskLevel.Unassessed, $"{row.File} row {row.UseCase.SourceRow}");
            Assert.True(!describes || row.Shipped.Level != RiskLevel.Unassessed, $"{row.File} row {row.UseCase.SourceRow}");
        }
    }

    [Fact]
    public void Classify_DevelopmentFiles_EveryHighAndMediumCarriesItsRulesWithSources()
    {
        foreach (var c in Rows.Value.Select(r => r.Shipped).Where(c => c.Level is RiskLevel.High or RiskLevel.Medium))
        {
            Assert.NotEmpty(c.DecidingRules);
            Assert.All(c.DecidingRules, d =>
            {
                Assert.Equal(c.Level, d.Rule.Level);
                Assert.False(string.IsNullOrWhiteSpace(d.Rule.Source));
            });
            Assert.Equal(c.DecidingRules.Select(d => d.ToString()), c.DecidingInputs);
        }
    }

    [Fact]
    public void Classify_DevelopmentFiles_DeclaredImpactNeverChangesALevelOrReason()
    {
        foreach (var row in Rows.Value)
        {
            var blind = InventoryClassifier.Classify(row.UseCase with { DeclaredImpact = DeclaredImpact.Unknown, DeclaredImpactText = null });
            Assert.Equal(row.Shipped.Level, blind.Level);
            Assert.Equal(row.Shipped.DecidingInputs, blind.DecidingInputs);
        }
    }

    [Fact]
    public void Classify_DevelopmentFiles_EveryDisagreementStaysFlagged()
    {
        foreach (var c in Rows.Value.Select(r => r.Shipped))
        {
            var disagrees = (c.Level == RiskLevel.High && c.DeclaredImpact == DeclaredImpact.NotHigh) ||
                            (c.Level != RiskLevel.High && c.DeclaredImpact == DeclaredImpact.High);
            Assert.Equal(disagrees, c.Disagrees);
        }
    }

    private static IReadOnlyList<InventoryUseCase> Read(string file) =>
        new InventoryFiles().Read(RepositoryRoot.PathOf($"tests/data/federal-inventories/{file}")).UseCases;
}
