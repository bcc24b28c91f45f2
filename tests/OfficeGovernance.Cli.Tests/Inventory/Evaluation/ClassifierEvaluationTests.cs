using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Cli.Inventory;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Cli.Tests.Inventory.Evaluation;

/// <summary>
/// Issue #13: the classifier measured on agencies held out from development, and the README's figures recomputed
/// from the shipped inventories. Set OG_WRITE_EVALUATION to a file path to write the tables there.
/// </summary>
public sealed class ClassifierEvaluationTests
{
    private static readonly Lazy<IReadOnlyList<AssessedUseCase>> Omb2024 = new(() => Assess("2024_consolidated_ai_inventory_raw_v2.csv"));
    private static readonly Lazy<IReadOnlyList<AssessedUseCase>> Dhs = new(() => Assess("DHS_24_1216_ocio_2024-dhs-ai-use-case-inventory.csv"));

    private static IReadOnlyList<ClassifierEvaluation.Split> Splits => ClassifierEvaluation.Splits(Omb2024.Value, Dhs.Value);

    [Fact]
    public void Readme_EvaluationTables_AreTheFiguresOfTheShippedData()
    {
        var splits = Splits;
        var tables = new[]
        {
            ClassifierEvaluation.AgreementTable(splits),
            ClassifierEvaluation.RulePrecisionTable(splits[0], splits[2]),
            ClassifierEvaluation.MissesByTopicTable(splits[0], splits[2]),
        };
        if (Environment.GetEnvironmentVariable("OG_WRITE_EVALUATION") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Join(Environment.NewLine, tables));
        }

        var readme = File.ReadAllText(RepositoryRoot.PathOf("README.md")).ReplaceLineEndings("\n");
        Assert.All(tables, table => Assert.Contains(table.ReplaceLineEndings("\n"), readme));
    }

    [Fact]
    public void Split_IsDeterministicAndHoldsOutDhsAndAbout40PercentOfAgencies()
    {
        var agencies = Omb2024.Value.Select(r => r.UseCase.Agency!).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        Assert.False(AgencySplit.IsDevelopment("DHS"));
        Assert.Equal(agencies.Select(AgencySplit.FoldOf), agencies.Select(AgencySplit.FoldOf));
        Assert.InRange(agencies.Count(a => !AgencySplit.IsDevelopment(a)), 12, 22);
    }

    [Fact]
    public void Classify_ShippedFiles_NoRowThatDescribesNothingIsLowOrMedium()
    {
        foreach (var row in Omb2024.Value.Concat(Dhs.Value))
        {
            var describes = InventoryRiskMapper.ToInputs(row.UseCase).DescribesWork;
            Assert.True(describes || row.Classification.Level == RiskLevel.Unassessed, $"row {row.UseCase.SourceRow}");
            Assert.True(!describes || row.Classification.Level != RiskLevel.Unassessed, $"row {row.UseCase.SourceRow}");
        }
    }

    [Fact]
    public void Classify_ShippedFiles_EveryHighAndMediumCarriesItsRulesWithSources()
    {
        foreach (var row in Omb2024.Value.Concat(Dhs.Value).Where(r => r.Classification.Level is RiskLevel.High or RiskLevel.Medium))
        {
            Assert.NotEmpty(row.Classification.DecidingRules);
            Assert.All(row.Classification.DecidingRules, d =>
            {
                Assert.Equal(row.Classification.Level, d.Rule.Level);
                Assert.False(string.IsNullOrWhiteSpace(d.Rule.Source));
            });
            Assert.Equal(row.Classification.DecidingRules.Select(d => d.ToString()), row.Classification.DecidingInputs);
        }
    }

    [Fact]
    public void Classify_ShippedFiles_DeclaredImpactNeverChangesALevelOrReason()
    {
        foreach (var row in Omb2024.Value.Concat(Dhs.Value))
        {
            var blind = InventoryClassifier.Classify(row.UseCase with { DeclaredImpact = DeclaredImpact.Unknown, DeclaredImpactText = null });
            Assert.Equal(row.Classification.Level, blind.Level);
            Assert.Equal(row.Classification.DecidingInputs, blind.DecidingInputs);
        }
    }

    private static IReadOnlyList<AssessedUseCase> Assess(string file) =>
        InventoryLoading.Assess(InventoryLoading.Read(RepositoryRoot.PathOf($"tests/data/federal-inventories/{file}")));
}
