using System.CommandLine;
using OfficeGovernance.Functions.Reviews;
using OfficeGovernance.Infrastructure.Mail;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>weekly-status --workbook W.xlsx --outbox DIR [--as-of D]</c> (PRODUCT.md sections 4 and 5): reviews the
/// workbook and writes one .eml per owner plus the leadership digest into the outbox; a rerun in the same ISO week
/// sends nothing twice.
/// </summary>
internal static class WeeklyStatusCommand
{
    public static Command Create(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var asOf = CliOptions.AsOf();
        var decisionLog = CliOptions.DecisionLog();
        var outbox = new Option<DirectoryInfo>("--outbox") { Description = "The folder for the .eml files.", Required = true };
        var command = new Command("weekly-status", "Write the weekly status emails to an outbox folder.")
        {
            workbook, outbox, asOf, decisionLog,
        };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var path = result.GetRequiredValue(workbook).FullName;
            var day = ReviewRun.ParseAsOf(result.GetValue(asOf));
            var loaded = PortfolioWorkbookFile.Load(path);
            var sender = loaded.Workbook.Settings.SenderMailbox
                ?? throw new ArgumentException("Settings[SenderMailbox]: the weekly status needs a sender mailbox.");
            var log = DecisionLogLocation.Open(result.GetValue(decisionLog), path, loaded.Workbook.Settings, context);
            var run = await ReviewRun.RunAsync(loaded, log, day, context.Time, cancellationToken);

            var directory = result.GetRequiredValue(outbox).FullName;
            var weekly = new WeeklyStatusRun(new EmlOutbox(directory, context.Time), new FileReviewSnapshotStore(directory));
            var outcome = await weekly.SendAsync(run, loaded.Workbook, sender, cancellationToken);
            await context.Out.WriteLineAsync(
                $"{outcome.Week}: {outcome.Sent} email(s) written to {directory}" +
                (outcome.AlreadySent > 0 ? $", {outcome.AlreadySent} already sent this week" : string.Empty) + ".");
            return ExitCodes.Done;
        }));
        return command;
    }
}
