using System.CommandLine;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary><c>review --workbook F.xlsx [--as-of D] [--write] [--format table|json] [--all]</c> (docs/rules.md#verdicts).</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var asOf = CliOptions.AsOf();
        var format = CliOptions.Format();
        var decisionLog = CliOptions.DecisionLog();
        var write = new Option<bool>("--write")
        {
            Description = "Write the Review, PortfolioSummary and DecisionLog tables into the workbook.",
        };
        var all = new Option<bool>("--all")
        {
            Description = "After what needs action, list every initiative with all its reasons (table format).",
        };
        var command = new Command("review", "Review the portfolio: what needs action, verdicts with reasons, spend against caps.")
        {
            workbook, asOf, write, format, decisionLog, all,
        };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var path = result.GetRequiredValue(workbook).FullName;
            var day = ReviewRun.ParseAsOf(result.GetValue(asOf));
            var trip = await WorkbookRoundTrip.OpenFileAsync(context.Workbooks, context.Package, path, cancellationToken);
            var log = DecisionLogLocation.Open(result.GetValue(decisionLog), path, trip.Workbook.Settings, context);
            var run = await ReviewRun.RunAsync(trip.Workbook, log, day, context.Time, cancellationToken);
            string? wrote = null;
            if (result.GetValue(write))
            {
                var tables = SystemTables.Build(run.Review, run.Decisions);
                // One save: the tables, and the WorkbookId when the workbook has none (docs/rules.md#workbook-binding).
                trip.ReplaceTables(tables);
                trip.GiveWorkbookId(context.NewWorkbookId);
                await trip.SaveAsync(cancellationToken);
                wrote = $"Wrote into {Path.GetFileName(path)}: " +
                        string.Join(", ", tables.Select(t => $"{t.Name} ({t.Rows.Count()} rows, sheet {t.SheetName})")) + ".";
            }
            var json = result.GetValue(format) == "json";
            var output = json
                ? ReviewJson.Serialize(run.Review)
                // A portfolio with no decision logged yet (a just-imported inventory) opens with its gaps.
                : ReviewTableFormatter.Format(run.Review, result.GetValue(all), showGaps: run.Decisions.Count == 0);
            await context.Out.WriteLineAsync(output);
            if (wrote is not null)
            {
                // JSON output stays one object on stdout, so the confirmation goes to stderr there.
                await (json ? context.Error : context.Out).WriteLineAsync(wrote);
            }
            return ExitCodes.Done;
        }));
        return command;
    }
}
