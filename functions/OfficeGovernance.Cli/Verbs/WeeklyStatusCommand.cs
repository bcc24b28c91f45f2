using System.CommandLine.Parsing;
using System.CommandLine;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Cli.WeeklyStatus;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Infrastructure.Mail;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>weekly-status --workbook W.xlsx --outbox DIR [--as-of D]</c> (docs/rules.md#weekly-status): reviews the
/// workbook and writes one .eml per owner plus the leadership digest into the outbox; a rerun in the same ISO week
/// sends nothing twice. Or <c>weekly-status --drive-item driveId/itemId</c>: the function app's weekly run of one
/// workbook through Graph, with its settings (<see cref="DriveItemWeeklyStatus"/>).
/// </summary>
internal static class WeeklyStatusCommand
{
    public static Command Create(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        workbook.Required = false;
        var asOf = CliOptions.AsOf();
        var decisionLog = CliOptions.DecisionLog();
        var outbox = new Option<DirectoryInfo>("--outbox") { Description = "The folder for the .eml files (with --workbook)." };
        var driveItem = new Option<string>("--drive-item")
        {
            Description = "driveId/itemId: run the weekly status of that workbook through Graph with the function app's settings (Workbooks__Store=Graph, Graph__*, DecisionLog__*).",
        };
        var command = new Command("weekly-status", "Write the weekly status emails to an outbox folder, or send them for one workbook through Graph.")
        {
            workbook, outbox, asOf, decisionLog, driveItem,
        };
        command.Validators.Add(result => Validate(result, workbook, outbox, asOf, decisionLog, driveItem));
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            if (result.GetValue(driveItem) is { } item)
            {
                return await DriveItemWeeklyStatus.RunAsync(context, item.Trim(), cancellationToken);
            }
            var path = result.GetRequiredValue(workbook).FullName;
            var day = ReviewRun.ParseAsOf(result.GetValue(asOf));
            // Read once; the local weekly status writes .eml files, never the workbook.
            var loaded = await WorkbookRoundTrip.OpenFileAsync(context.Workbooks, context.Package, path, cancellationToken);
            var sender = loaded.Workbook.Settings.SenderMailbox
                ?? throw new ArgumentException("Settings[SenderMailbox]: the weekly status needs a sender mailbox.");
            var log = DecisionLogLocation.Open(result.GetValue(decisionLog), path, loaded.Workbook.Settings, context);
            var run = await ReviewRun.RunAsync(loaded.Workbook, log, day, context.Time, cancellationToken);

            var directory = result.GetRequiredValue(outbox).FullName;
            var weekly = new WeeklyStatusRun(new EmlOutbox(directory, context.Time), new FileReviewSnapshotStore(directory));
            var outcome = await weekly.SendAsync(run, loaded.Workbook, sender, cancellationToken);
            await context.Out.WriteLineAsync(
                $"{outcome.Week}: {outcome.Sent} email(s) written to {directory}" +
                (outcome.AlreadySent > 0 ? $", {outcome.AlreadySent} already sent this week" : string.Empty) + ".");
            foreach (var issue in WeeklyStatusComposer.FinanceRecipientIssues(loaded.Workbook.Settings))
            {
                await context.Out.WriteLineAsync(issue);
            }
            return ExitCodes.Done;
        }));
        return command;
    }

    /// <summary>Exactly one form: <c>--workbook</c> with <c>--outbox</c>, or <c>--drive-item</c> alone (exit 2 otherwise).</summary>
    private static void Validate(CommandResult result, Option workbook, Option outbox, Option asOf, Option decisionLog,
        Option<string> driveItem)
    {
        bool Given(Option option) => result.GetResult(option) is { Implicit: false };
        if (Given(driveItem))
        {
            var local = new[] { workbook, outbox, asOf, decisionLog }.Where(Given).Select(o => o.Name).ToArray();
            if (local.Length > 0)
            {
                result.AddError($"weekly-status takes either --drive-item driveId/itemId or --workbook W.xlsx --outbox DIR, not both: "
                    + $"drop {string.Join(", ", local)} (--drive-item runs as of today in the workbook's time zone, with the DecisionLog settings).");
            }
            else if (DriveItemWeeklyStatus.ProblemOf(result.GetValue(driveItem)?.Trim()) is { } problem)
            {
                result.AddError(problem);
            }
            return;
        }
        if (!Given(workbook) && !Given(outbox))
        {
            result.AddError("weekly-status needs --workbook W.xlsx --outbox DIR, or --drive-item driveId/itemId.");
        }
        else if (!Given(workbook))
        {
            result.AddError("Option '--workbook' is required with --outbox.");
        }
        else if (!Given(outbox))
        {
            result.AddError("Option '--outbox' is required with --workbook.");
        }
    }
}
