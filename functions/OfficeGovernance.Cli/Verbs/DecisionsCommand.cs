using System.CommandLine;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Functions.Reviews;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>decisions list|verify --workbook W.xlsx</c> (PRODUCT.md sections 3 and 5): read the log, or verify its hash
/// chain; verify exits 3 and names the first broken entry.
/// </summary>
internal static class DecisionsCommand
{
    public static Command Create(CliContext context)
    {
        var decisions = new Command("decisions", "Read or verify the decision log.");
        decisions.Subcommands.Add(List(context));
        decisions.Subcommands.Add(Verify(context));
        return decisions;
    }

    private static Command List(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var decisionLog = CliOptions.DecisionLog();
        var format = CliOptions.Format();
        var command = new Command("list", "List the decisions, oldest first.") { workbook, format, decisionLog };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var entries = await Open(result, workbook, decisionLog, context).ReadAllAsync(cancellationToken);
            var output = result.GetValue(format) == "json"
                ? "[" + string.Join("," + Environment.NewLine, entries.Select(DecisionLogEntryJson.Serialize)) + "]"
                : DecisionFormatter.Table(entries);
            await context.Out.WriteLineAsync(output);
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var decisionLog = CliOptions.DecisionLog();
        var command = new Command("verify", "Verify the hash chain; exits 3 on a broken chain.") { workbook, decisionLog };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var verification = await Open(result, workbook, decisionLog, context).VerifyAsync(cancellationToken);
            if (verification.IsIntact)
            {
                await context.Out.WriteLineAsync(verification.Message);
                return ExitCodes.Done;
            }
            await context.Error.WriteLineAsync(verification.Message);
            return ExitCodes.BrokenChain;
        }));
        return command;
    }

    // The log belongs to a workbook but is read without validating it: a log must stay verifiable even while the
    // workbook is broken (a shared log needs only its Settings, for the WorkbookId).
    private static IDecisionLogStore Open(
        ParseResult result, Option<FileInfo> workbook, Option<string?> decisionLog, CliContext context) =>
        DecisionLogLocation.OpenReadingSettings(result.GetValue(decisionLog), result.GetRequiredValue(workbook).FullName, context);
}
