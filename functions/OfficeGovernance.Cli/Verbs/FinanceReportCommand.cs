using System.CommandLine;
using OfficeGovernance.Application.Finance;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Infrastructure.Finance;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>finance-report --workbook W.xlsx --out R.xlsx [--as-of D] [--months N]</c> (docs/rules.md#finance-report): the
/// finance workbook; the work is <see cref="FinanceReportJob"/>.
/// </summary>
internal static class FinanceReportCommand
{
    public static Command Create(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var asOf = CliOptions.AsOf();
        var decisionLog = CliOptions.DecisionLog();
        var output = new Option<FileInfo>("--out") { Description = "The report workbook to write (.xlsx).", Required = true };
        var months = new Option<int?>("--months")
        {
            Description = "Months covered, the as-of month included, 1 to 36 (default: back to the first month with spend, at most 12).",
        };
        var command = new Command("finance-report", "Write the finance workbook: cost by initiative, month and category against caps, overages and approvals, a chart.")
        {
            workbook, output, asOf, months, decisionLog,
        };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var path = result.GetRequiredValue(workbook).FullName;
            var day = ReviewRun.ParseAsOf(result.GetValue(asOf));
            var log = DecisionLogLocation.OpenReadingSettings(result.GetValue(decisionLog), path, context);
            var outcome = await new FinanceReportJob(context.Package, new FinanceWorkbookWriter(), new LocalWorkbookFiles(context.Workbooks)).RunAsync(path, result.GetRequiredValue(output).FullName, log, day,
                result.GetValue(months), context.Time, cancellationToken);
            if (!outcome.Report.Log.IsIntact)
            {
                await context.Error.WriteLineAsync($"Warning: {outcome.Report.Log.Message}");
            }
            await context.Out.WriteLineAsync(FinanceReportJob.Describe(outcome));
            return ExitCodes.Done;
        }));
        return command;
    }
}
