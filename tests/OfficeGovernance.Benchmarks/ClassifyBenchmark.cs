using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OfficeGovernance.Application.Inventory;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// Issues #3 and #13 (docs/rules.md#performance): classifying the 2,133-row 2024 federal inventory (read, normalise,
/// classify every row with the M-25-21 rules, Unassessed included) must take under a second after start-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1, id: "FirstCall")]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10, id: "Warm")]
public class ClassifyBenchmark
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "data", "federal-inventories", "2024_consolidated_ai_inventory_raw_v2.csv");
            if (File.Exists(candidate))
            {
                _path = candidate;
                return;
            }
        }
        throw new FileNotFoundException("tests/data/federal-inventories/2024_consolidated_ai_inventory_raw_v2.csv not found above " + AppContext.BaseDirectory);
    }

    [Benchmark]
    public int Classify2024Inventory() => InventoryLoading.Assess(new InventoryFiles().Read(_path)).Count;
}
