using System.CommandLine;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>decisions list|verify|repair --workbook W.xlsx</c> (docs/rules.md#decision-log): read the log (streamed to stdout
/// as it is read), verify its hash chain in one streamed pass against the workbook's copy and the anchored heads (exits 3
/// and names the first broken entry, a torn final line included), or remove a torn final line. The workbook is read once.
/// </summary>
internal static class DecisionsCommand
{
    public static Command Create(CliContext context)
    {
        var decisions = new Command("decisions", "Read or verify the decision log.");
        decisions.Subcommands.Add(List(context));
        decisions.Subcommands.Add(Verify(context));
        decisions.Subcommands.Add(Repair(context));
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
            var path = result.GetRequiredValue(workbook).FullName;
            // Read once; a missing file is a problem of the input (exit 2), as for every verb.
            var trip = await WorkbookRoundTrip.OpenFileAsync(context.Workbooks, context.Package, path, cancellationToken);
            var value = result.GetValue(decisionLog);
            var settings = DecisionLogLocation.IsShared(value, context) ? trip.Settings : new Domain.Portfolio.PortfolioSettings();
            var log = DecisionLogLocation.Open(value, path, settings, context);
            var copy = context.Package.ParseDecisionLogTable(trip.Read.Bytes, trip.Label);
            // Streamed to stdout as read, after a first streamed pass holds the log to the workbook's copy: a workbook
            // listing decisions its log lacks or holds differently is refused, as the review does, before anything is shown.
            var json = result.GetValue(format) == "json";
            var output = context.Out;
            var written = 0;
            // The opening ("[" or the heading) goes out with the first entry, once the copy check has passed.
            var count = await DecisionLogReading.ListEachAsync(log, copy, async entry =>
            {
                var opening = written++ == 0;
                await (json
                    ? output.WriteAsync((opening ? "[" : "," + Environment.NewLine) + DecisionLogEntryJson.Serialize(entry))
                    : output.WriteLineAsync((opening ? DecisionFormatter.TableHeader + Environment.NewLine : "") + DecisionFormatter.TableRow(entry)));
            }, cancellationToken);
            await output.WriteLineAsync(json
                ? (written == 0 ? "[" : "") + "]"
                : (written == 0 ? DecisionFormatter.TableHeader + Environment.NewLine : "") + DecisionFormatter.TableFooter(count));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var decisionLog = CliOptions.DecisionLog();
        var command = new Command("verify",
            "Verify the hash chain against the workbook's DecisionLog table and the anchored heads; exits 3 on a broken chain.")
        {
            workbook, decisionLog,
        };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var path = result.GetRequiredValue(workbook).FullName;
            // The workbook is read once (a missing file is exit 2) and its tables parsed only when needed: a log stays
            // verifiable while the workbook is broken.
            var trip = await WorkbookRoundTrip.OpenFileAsync(context.Workbooks, context.Package, path, cancellationToken);
            var anchor = DecisionLogLocation.Anchor(context);
            var value = result.GetValue(decisionLog);
            var settings = DecisionLogLocation.IsShared(value, context) || anchor.Store is not null
                ? trip.Settings
                : new Domain.Portfolio.PortfolioSettings();
            var log = DecisionLogLocation.Open(value, path, settings, context);
            // The weekly run anchors under Settings.WorkbookId, else the workbook's own name.
            var anchorKey = settings.WorkbookId?.ToString() ?? Path.GetFileName(path);
            var (verification, differences, _) = await DecisionLogReading.VerifyAsync(
                log, () => context.Package.ParseDecisionLogTable(trip.Read.Bytes, trip.Label), anchor, anchorKey, cancellationToken);
            if (differences.Count > 0)
            {
                // The log's end is anchored in the workbook's copy: shorter or different than what it saw is broken.
                await context.Error.WriteLineAsync($"The decision log does not match the workbook's DecisionLog table; the first difference:");
                await context.Error.WriteLineAsync(differences[0].ToString());
                await context.Error.WriteLineAsync($"{differences.Count} difference(s) in all.");
                return ExitCodes.BrokenChain;
            }
            if (verification.IsIntact)
            {
                await context.Out.WriteLineAsync(verification.Message);
                await context.Out.WriteLineAsync(verification.Anchor);
                return ExitCodes.Done;
            }
            await context.Error.WriteLineAsync(verification.Message);
            return ExitCodes.BrokenChain;
        }));
        return command;
    }

    // Only the embedded file log can end in a torn line: Table Storage writes each entry in one transaction.
    private static Command Repair(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var decisionLog = CliOptions.DecisionLog();
        var command = new Command("repair",
            "Remove an incomplete final line of the file log (a write cut off), printing it first; never a complete entry.")
        {
            workbook, decisionLog,
        };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var store = Open(result, workbook, decisionLog, context);
            if ((store as BoundDecisionLog)?.Inner is not Infrastructure.DecisionLog.JsonLinesDecisionLogStore file)
            {
                throw new ArgumentException(
                    $"--decision-log: {store.Location} is not a file log; only a file log can end in an incomplete line.");
            }
            var removed = await file.RepairAsync(async (line, text) =>
            {
                await context.Out.WriteLineAsync($"Removing incomplete line {line} of {file.FilePath} ({text.Length} characters):");
                await context.Out.WriteLineAsync(text);
            }, cancellationToken);
            await context.Out.WriteLineAsync(removed ? "Removed; run 'decisions verify' to check the chain."
                : $"Nothing to repair: {file.FilePath} ends with a complete entry.");
            return ExitCodes.Done;
        }));
        return command;
    }

    // The log belongs to a workbook but is read without validating it: a log must stay verifiable even while the
    // workbook is broken (a shared log needs only its Settings, for the WorkbookId).
    private static IDecisionLogStore Open(
        ParseResult result, Option<FileInfo> workbook, Option<string?> decisionLog, CliContext context) =>
        DecisionLogLocation.OpenReadingSettings(result.GetValue(decisionLog), result.GetRequiredValue(workbook).FullName, context);
}
