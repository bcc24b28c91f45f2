using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Cli.Samples;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Samples;

public sealed class SamplePortfolioGeneratorTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Generate_ReviewedAsOfSampleDate_ShowsEveryVerdict()
    {
        var review = await ReviewAsync(_workspace.Workbook);

        Assert.All(Enum.GetValues<Verdict>(), v => Assert.Contains(review.Initiatives, r => r.Verdict == v));
    }

    [Fact]
    public async Task Generate_ReviewedAsOfSampleDate_ShowsEveryStopCondition()
    {
        var review = await ReviewAsync(_workspace.Workbook);

        var kinds = review.Initiatives.SelectMany(r => r.StopConditions).Select(s => s.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<StopConditionKind>().ToHashSet(), kinds);
    }

    [Fact]
    public async Task Generate_ReviewedAsOfSampleDate_FailsEveryExpandControlSomewhere()
    {
        var review = await ReviewAsync(_workspace.Workbook);

        Assert.Contains(review.Initiatives, r => !r.Controls.StopAuthority.Passed);
        Assert.Contains(review.Initiatives, r => !r.Controls.FullCost.Passed);
        Assert.Contains(review.Initiatives, r => !r.Controls.RollbackReady.Passed);
    }

    [Theory]
    [InlineData("DOC-0228", Verdict.Expand)]
    [InlineData("FRB-1386", Verdict.Expand)]
    [InlineData("PBGC-1442", Verdict.Expand)]
    [InlineData("DOL-0564", Verdict.Continue)]
    [InlineData("EPA-0586", Verdict.Continue)]
    [InlineData("DOI-0334", Verdict.Fix)]
    [InlineData("CFPB-1282", Verdict.Fix)]
    [InlineData("DOE-0293", Verdict.Pause)]
    [InlineData("FHFA-1369", Verdict.Pause)]
    [InlineData("FTC-1426", Verdict.Pause)]
    [InlineData("USAID-1162", Verdict.Pause)]
    [InlineData("USDA-1229", Verdict.Stop)]
    [InlineData("DOJ-1759", Verdict.Stop)]
    [InlineData("TVA-1737", Verdict.Paused)]
    [InlineData("STATE-0987", Verdict.Retired)]
    public async Task Generate_Scenario_GetsTheVerdictItWasBuiltFor(string id, Verdict expected)
    {
        var review = await ReviewAsync(_workspace.Workbook);

        var initiative = review.Initiatives.Single(r => r.Initiative.Id == id);
        Assert.True(expected == initiative.Verdict, $"{id}: {initiative.Verdict}: {string.Join(" | ", initiative.Reasons)}");
    }

    [Fact]
    public async Task CommittedSample_MatchesTheGenerator()
    {
        var committed = RepositoryRoot.PathOf("samples/portfolio.xlsx");

        var fromRepository = ReviewJson.Serialize(await ReviewAsync(committed));
        var regenerated = ReviewJson.Serialize(await ReviewAsync(_workspace.Workbook));

        Assert.Equal(regenerated, fromRepository);
    }

    private static async Task<PortfolioReview> ReviewAsync(string path)
    {
        var loaded = PortfolioWorkbookFile.Load(path);
        var log = new JsonLinesDecisionLogStore(JsonLinesDecisionLogStore.DefaultPathFor(path));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
        return (await ReviewRun.RunAsync(loaded.Workbook, log, SamplePortfolioGenerator.AsOf, time, CancellationToken.None)).Review;
    }
}
