using System.Text.Json;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Application.Finance;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Functions.Finance;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Finance;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// The sheets the backend writes, read back with the Open XML SDK, and the answers the add-in writes from, checked in
/// under addin/test/fixtures (ADR 0031): the Review sheet of `review --write` with the review answer, and the AsOfMonth
/// sheet of the finance report workbook with the finance report answer. The add-in's test
/// (test/unit/excel/systemSheetFixtures.test.ts) writes each answer through its table writer and must get the same
/// sheet, print setup included for the Review. Fails when any of them drifts; run with OG_UPDATE_FIXTURES=1 to write them again.
/// </summary>
public sealed class SystemSheetFixtureTests : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task ReviewWrite_Sample_WritesTheCheckedInSheetFromTheCheckedInAnswer()
    {
        var loaded = PortfolioWorkbookFile.Load(_workspace.Workbook);
        var run = await ReviewRun.RunAsync(loaded.Workbook, new JsonLinesDecisionLogStore(_workspace.DecisionLog), AsOf, _cli.Time,
            CancellationToken.None);
        var response = JsonSerializer.Serialize(ReviewJson.ToDocument(run.Review, withSheet: true), Indented) + "\n";

        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write");
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var sheet = WrittenSheetJson.Read(_workspace.Workbook, "Review").ToJsonString(Indented) + "\n";

        Check("addin/test/fixtures/review-response.json", response);
        Check("addin/test/fixtures/review-sheet.json", sheet);
    }

    [Fact]
    public async Task FinanceReport_Sample_WritesTheCheckedInAsOfMonthSheetFromTheCheckedInAnswer()
    {
        var output = _workspace.PathOf("finance.xlsx");
        var outcome = await new FinanceReportJob(new OpenXmlWorkbookPackage(), new FinanceWorkbookWriter(), new LocalWorkbookFiles()).RunAsync(_workspace.Workbook, output, new JsonLinesDecisionLogStore(_workspace.DecisionLog),
            AsOf, null, _cli.Time, CancellationToken.None);
        var response = JsonSerializer.Serialize(FinanceReportJson.ToDocument(outcome.Report), Indented) + "\n";
        // The report workbook's footer names the source workbook, which the add-in's answer does not carry, so the add-in
        // leaves its finance sheets' print setup to Excel and the two are compared without it.
        var sheet = WrittenSheetJson.Read(output, "AsOfMonth", withPrint: false).ToJsonString(Indented) + "\n";

        Check("addin/test/fixtures/finance-response.json", response);
        Check("addin/test/fixtures/finance-asofmonth-sheet.json", sheet);
    }

    private static void Check(string fixture, string actual)
    {
        var path = RepositoryRoot.PathOf(fixture);
        if (Environment.GetEnvironmentVariable("OG_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path) && File.ReadAllText(path) == actual,
            $"{fixture} differs from what the backend writes and sends: run OG_UPDATE_FIXTURES=1 dotnet test "
            + "tests/OfficeGovernance.Cli.Tests --filter SystemSheetFixtureTests, then npm --prefix addin test.");
    }
}
