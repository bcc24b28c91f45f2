using System.CommandLine;

namespace OfficeGovernance.Functions.Cli;

/// <summary>The command line: one verb runs one job and exits (PRODUCT.md section 5).</summary>
public static class CommandLineApp
{
    /// <summary>Runs a verb on the console with the system clock.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.Console());

    /// <summary>Parses the arguments, runs the verb and returns its exit code; unparseable arguments exit 2.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var root = new RootCommand("OfficeGovernance: the operating review of a portfolio of AI work.")
        {
            ReviewCommand.Create(context),
            DecideCommand.Create(context),
            DecisionsCommand.Create(context),
            WeeklyStatusCommand.Create(context),
            FinanceReportCommand.Create(context),
            ClassifyCommand.Create(context),
            ImportInventoryCommand.Create(context),
            SampleCommand.Create(context),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await context.Error.WriteLineAsync(error.Message);
            }
            return ExitCodes.InvalidInput;
        }
        return await result.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }
}
