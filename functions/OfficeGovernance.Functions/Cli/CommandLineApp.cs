using System.CommandLine;

namespace OfficeGovernance.Functions.Cli;

/// <summary>The command line: one verb runs one job and exits (PRODUCT.md section 5).</summary>
public static class CommandLineApp
{
    /// <summary>Parses the arguments, runs the verb and returns its exit code.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("OfficeGovernance: the operating review of a portfolio of AI work.");
        return root.Parse(args).InvokeAsync();
    }
}
