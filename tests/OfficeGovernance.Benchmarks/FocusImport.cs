using System.Diagnostics;
using System.Text;
using CsvHelper;
using OfficeGovernance.Application.CostImport;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.CostImport;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// docs/rules.md#performance: a FOCUS export of a million charges imports within 1 GB. Writes a 1,000,000-charge FOCUS 1.0
/// CSV by repeating the FinOps Foundation sample's rows (tests/data/focus, CC BY 4.0) and a workbook whose
/// CostAllocation maps the sample's ten most frequent application tags, then imports it in a fresh process, reporting
/// its time, its peak working set, and the time as a ratio of a bare CsvHelper pass reading every field of the same file.
/// Run: <c>dotnet run -c Release --project tests/OfficeGovernance.Benchmarks -- focus</c>.
/// </summary>
public static class FocusImport
{
    public const int Charges = 1_000_000;

    public static void Run()
    {
        var directory = Directory.CreateTempSubdirectory("og-focus-").FullName;
        var export = Path.Combine(directory, "focus-million.csv");
        var lines = File.ReadAllLines(Path.Combine("tests", "data", "focus", "focus-1.0-sample.csv"));
        using (var writer = new StreamWriter(export, false, new UTF8Encoding(false)))
        {
            writer.WriteLine(lines[0]);
            for (var i = 0; i < Charges; i++)
            {
                writer.WriteLine(lines[1 + i % (lines.Length - 1)]);
            }
        }
        var applications = new[]
        {
            "BrightPathMatrix", "ZoomMapMax", "PrimeManagerDrive", "BrightLensMatrix", "OmniNetworkEssentials", "PrimeMapEdge",
            "SyncBuilderInsight", "QuickNavigatorDrive", "QuickTrackerNet", "ProNetworkPilot",
        };
        var portfolio = new PortfolioWorkbook
        {
            Initiatives = applications.Select((a, i) => new Initiative { Id = $"APP-{i + 1}", Name = a, Stage = Stage.Pilot, MonthlyBudgetCap = 1000m }).ToArray(),
        };
        var rules = new OutputTable("CostAllocation", "CostAllocation",
            [new("Match"), new("Key"), new("Value"), new("InitiativeId")],
            applications.Select((a, i) => (IReadOnlyList<CellValue>)
                [CellValue.FromText("Tag"), CellValue.FromText("application"), CellValue.FromText(a), CellValue.FromText($"APP-{i + 1}")]));
        var workbook = Path.Combine(directory, "portfolio.xlsx");
        PortfolioWorkbookFile.Create(workbook, [.. PortfolioTables.ToOutputTables(portfolio), rules]);
        Console.WriteLine($"wrote {Charges:N0} FOCUS charges: {new FileInfo(export).Length / 1_048_576.0:F1} MB");
        Console.WriteLine(PeakMemory.RunChild("focus-floor-child", export));
        Console.WriteLine(PeakMemory.RunChild("focus-child", directory));
        Directory.Delete(directory, recursive: true);
    }

    public static void Floor(string export)
    {
        var stopwatch = Stopwatch.StartNew();
        using var text = new StreamReader(export);
        using var reader = CsvReader.Create(text, new CsvReaderOptions { HasHeader = false });
        long fields = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                fields += reader.GetString(i).Length > 0 ? 1 : 0;
            }
        }
        Console.WriteLine($"floor: CsvHelper read {fields:N0} non-empty fields in {stopwatch.Elapsed.TotalSeconds:F2} s, " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB");
    }

    public static void Child(string directory)
    {
        var workbook = Path.Combine(directory, "portfolio.xlsx");
        var export = Path.Combine(directory, "focus-million.csv");
        var stopwatch = Stopwatch.StartNew();
        var package = new OpenXmlWorkbookPackage();
        var trip = WorkbookRoundTrip.OpenFileAsync(new PathWorkbookSource(), package, workbook, CancellationToken.None).GetAwaiter().GetResult();
        using var stream = File.OpenRead(export);
        var outcome = new SpendImportRun(package, new FocusExports()).RunAsync(trip, stream, "focus-million.csv", CostBasis.EffectiveCost, Guid.NewGuid)
            .GetAwaiter().GetResult();
        trip.SaveAsync(CancellationToken.None).GetAwaiter().GetResult();
        stopwatch.Stop();
        Console.WriteLine($"import: {outcome.Plan.Import.Charges:N0} charges, {outcome.Plan.Import.Rows.Count} Spend rows, " +
            $"{outcome.Plan.Import.Unallocated.Count} UnallocatedSpend rows in {stopwatch.Elapsed.TotalSeconds:F2} s, " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB");
    }
}
