using System.Diagnostics;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// Peak memory of one review of the large portfolio, or of writing its 12-month finance report, in a fresh process
/// (BenchmarkDotNet reports allocations, not the peak). Run: <c>dotnet run -c Release --project
/// tests/OfficeGovernance.Benchmarks -- peak</c> (or <c>peak finance</c>).
/// </summary>
public static class PeakMemory
{
    public static void Run(string childVerb = "peak-child")
    {
        var path = Path.Combine(Path.GetTempPath(), "og-peak-portfolio.xlsx");
        LargePortfolio.Write(path);
        GC.Collect();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var output = RunChild(childVerb, path);
        File.Delete(path);
        Console.WriteLine($"generator process peak working set: {before / 1_048_576} MB");
        Console.WriteLine(output);
    }

    /// <summary>Runs this program in a fresh process with a child verb and a path; returns what it printed.</summary>
    public static string RunChild(string verb, string path)
    {
        var host = Environment.ProcessPath!;
        // Under `dotnet x.dll` the host needs the assembly; under the app host it does not.
        string[] arguments = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? [typeof(PeakMemory).Assembly.Location, verb, path]
            : [verb, path];
        using var child = Process.Start(new ProcessStartInfo(host, arguments) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("Could not start the measuring process.");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Trim();
    }

    public static void Child(string path)
    {
        var stopwatch = Stopwatch.StartNew();
        var loaded = PortfolioWorkbookFile.Load(path);
        var review = PortfolioReviewer.Review(loaded.Workbook, [], LargePortfolio.AsOf, DateTimeOffset.UnixEpoch);
        stopwatch.Stop();
        Console.WriteLine($"review of {review.Initiatives.Count} initiatives, {loaded.Workbook.Observations.Count} observations, " +
            $"{loaded.Workbook.Spend.Count} spend rows: {stopwatch.Elapsed.TotalSeconds:F1} s, " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB");
    }

    public static void FinanceChild(string path)
    {
        var stopwatch = Stopwatch.StartNew();
        var bytes = FinanceReportBenchmark.Write(path);
        stopwatch.Stop();
        Console.WriteLine($"12-month finance report of {LargePortfolio.Initiatives} initiatives: {bytes.Length / 1024} kB in " +
            $"{stopwatch.Elapsed.TotalSeconds:F1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB");
    }
}
