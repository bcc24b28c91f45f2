using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Functions.Reviews;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// PRODUCT.md section 6: reviewing the large portfolio (read, validate, judge) against a bare Open XML SAX read of
/// the same file. The target is a ratio of at most 1.5.
/// </summary>
// One operation takes seconds, so a few monitored iterations give a stable ratio without a long run. Both methods
// run with the non-concurrent GC the CLI uses (a batch job on two cores gains nothing from background collections).
[MemoryDiagnoser]
[GcConcurrent(false)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class ReviewBenchmark
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup() => _path = LargePortfolio.Write(Path.Combine(Path.GetTempPath(), "og-benchmark-portfolio.xlsx"));

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public long BareSaxRead() => BareRead(_path);

    [Benchmark]
    public PortfolioReview Review()
    {
        var loaded = PortfolioWorkbookFile.Load(_path);
        return PortfolioReviewer.Review(loaded.Workbook, [], LargePortfolio.AsOf, DateTimeOffset.UnixEpoch);
    }

    /// <summary>Reads every cell value of every sheet and the shared strings with OpenXmlReader; returns a checksum.</summary>
    public static long BareRead(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        long checksum = 0;
        var workbookPart = document.WorkbookPart!;
        if (workbookPart.SharedStringTablePart is { } strings)
        {
            using var reader = OpenXmlReader.Create(strings);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Text))
                {
                    checksum += reader.GetText().Length;
                }
            }
        }
        foreach (var sheet in workbookPart.WorksheetParts)
        {
            using var reader = OpenXmlReader.Create(sheet);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(CellValue) || reader.ElementType == typeof(Text))
                {
                    checksum += reader.GetText().Length;
                }
            }
        }
        return checksum;
    }
}
