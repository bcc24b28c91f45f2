using System.Diagnostics;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// docs/rules.md#performance: a sheet of a million rows streams within 1 GB. Writes an Observations table of 1,000,000
/// rows and reads it in a fresh process, reporting that process's peak working set. Run:
/// <c>dotnet run -c Release --project tests/OfficeGovernance.Benchmarks -- million</c>.
/// </summary>
public static class MillionRows
{
    public const int Rows = 1_000_000;

    public static void Run()
    {
        var path = Path.Combine(Path.GetTempPath(), "og-million-rows.xlsx");
        var columns = new[] { "InitiativeId", "Metric", "PeriodEnd", "Value", "Source" }.Select(h => new OutputColumn(h)).ToArray();
        var start = LargePortfolio.AsOf.ToDateTime(TimeOnly.MinValue).ToOADate();
        var rows = Enumerable.Range(0, Rows).Select(r => (IReadOnlyList<CellValue>)
        [
            CellValue.FromText($"INI-{r % 2000:D5}"), CellValue.FromText($"Metric {r % 5 + 1}"),
            CellValue.FromNumber(start - 7 * (r % 500)), CellValue.FromNumber(r % 97 + 0.5), CellValue.FromText("Weekly report"),
        ]);
        PortfolioWorkbookFile.Create(path, [new OutputTable("Observations", "Observations", columns, rows)]);
        Console.WriteLine($"wrote {Rows:N0} Observations rows: {new FileInfo(path).Length / 1_048_576.0:F1} MB");
        Console.WriteLine(PeakMemory.RunChild("million-child", path));
        File.Delete(path);
    }

    public static void Child(string path)
    {
        var stopwatch = Stopwatch.StartNew();
        var table = new WorkbookTableReader().Read(path, ["Observations"]).Single();
        stopwatch.Stop();
        Console.WriteLine($"read {table.Rows.Count:N0} rows in {stopwatch.Elapsed.TotalSeconds:F1} s, " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB");
    }
}
