using System.CommandLine;
using OfficeGovernance.Cli.Serve;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>The command line: one verb runs one job and exits (docs/rules.md#command-line).</summary>
public static class CommandLineApp
{
    /// <summary>Runs a verb on the console with the system clock.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.Console());

    /// <summary>
    /// Parses the arguments, runs the verb and returns its exit code: no verb or an unknown one lists the verbs and
    /// exits 1; unparseable options exit 2.
    /// </summary>
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
            ImportSpendCommand.Create(context),
            SyncAgentsCommand.Create(context),
            SampleCommand.Create(context),
            ServeCommand.Create(context),
        };
        var verbs = root.Subcommands.Select(c => c.Name).ToArray();
        if (args.Length == 0 || (!args[0].StartsWith('-') && !verbs.Contains(args[0], StringComparer.Ordinal)))
        {
            await context.Error.WriteLineAsync(args.Length == 0 ? "No verb given." : $"Unknown verb '{args[0]}'.");
            await context.Error.WriteLineAsync($"Verbs: {string.Join(", ", verbs)}. Run with --help for their options.");
            return ExitCodes.Failure;
        }
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
