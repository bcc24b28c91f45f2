using BenchmarkDotNet.Running;
using OfficeGovernance.Benchmarks;

switch (args)
{
    case ["peak"]:
        PeakMemory.Run();
        break;
    case ["table"]:
        await TableStorageThroughput.RunAsync();
        break;
    case ["peak-child", var path]:
        PeakMemory.Child(path);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ReviewBenchmark).Assembly).Run(args);
        break;
}
