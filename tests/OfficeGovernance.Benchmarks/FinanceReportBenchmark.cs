using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OfficeGovernance.Application.Finance;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.Finance;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// Issue 11: the 12-month finance report of the large portfolio (read and validate the workbook, build the finance
/// model, write the .xlsx with its tables, formulas and charts), against a review of the same file (the baseline).
/// Run: <c>dotnet run -c Release --project tests/OfficeGovernance.Benchmarks -- --filter '*FinanceReportBenchmark*'</c>.
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(false)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 8)]
public class FinanceReportBenchmark
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup() => _path = LargePortfolio.Write(Path.Combine(Path.GetTempPath(), "og-benchmark-finance.xlsx"));

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public PortfolioReview Review()
    {
        var loaded = PortfolioWorkbookFile.Load(_path);
        return PortfolioReviewer.Review(loaded.Workbook, [], LargePortfolio.AsOf, DateTimeOffset.UnixEpoch);
    }

    [Benchmark]
    public int FinanceReport() => Write(_path).Length;

    /// <summary>The report bytes of the workbook at <paramref name="path"/> with an empty, intact log.</summary>
    public static byte[] Write(string path)
    {
        var loaded = PortfolioWorkbookFile.Load(path);
        return new FinanceReportJob(new OpenXmlWorkbookPackage(), new FinanceWorkbookWriter(), new LocalWorkbookFiles()).Write(loaded.Workbook, [], DecisionChain.Verify([]), LargePortfolio.AsOf,
            FinancePeriod.DefaultMonths, "large-portfolio.xlsx");
    }
}
