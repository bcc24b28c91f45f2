using BenchmarkDotNet.Running;
using OfficeGovernance.Benchmarks;

switch (args)
{
    case ["peak"]:
        PeakMemory.Run();
        break;
    case ["peak", "finance"]:
        PeakMemory.Run("peak-finance-child");
        break;
    case ["peak-finance-child", var financePath]:
        PeakMemory.FinanceChild(financePath);
        break;
    case ["table"]:
        await TableStorageThroughput.RunAsync();
        break;
    case ["http-bodies", var directory]:
        HttpBodies.Write(directory, Path.Combine("samples", "portfolio.xlsx"));
        break;
    case ["http-bodies", var directory, var workbook]:
        HttpBodies.Write(directory, workbook);
        break;
    case ["peak-child", var path]:
        PeakMemory.Child(path);
        break;
    case ["focus"]:
        FocusImport.Run();
        break;
    case ["focus-floor-child", var path]:
        FocusImport.Floor(path);
        break;
    case ["focus-child", var path]:
        FocusImport.Child(path);
        break;
    case ["million"]:
        MillionRows.Run();
        break;
    case ["million-child", var path]:
        MillionRows.Child(path);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ReviewBenchmark).Assembly).Run(args);
        break;
}
