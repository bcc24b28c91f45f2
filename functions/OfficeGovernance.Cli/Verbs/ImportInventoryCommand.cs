using System.CommandLine;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Application.Inventory;
using OfficeGovernance.Infrastructure.Inventory;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>import-inventory --source F --workbook W.xlsx</c> (docs/rules.md#inventory-import): imports an AI inventory into a
/// portfolio workbook, creating it when missing; a second import of the same file adds nothing. Prints the counts and
/// every rejected, repaired or skipped value with its source row and column (also written to the ImportLog table), and
/// how many rows describe nothing and keep RiskLevel blank (docs/rules.md#risk-classifier, Unassessed).
/// </summary>
internal static class ImportInventoryCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Option<FileInfo>("--source") { Description = "The inventory (.csv or .xlsx).", Required = true };
        var workbook = new Option<FileInfo>("--workbook") { Description = "The portfolio workbook (created if missing).", Required = true };
        var command = new Command("import-inventory", "Import an AI inventory into a portfolio workbook.") { source, workbook };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var sourceFile = result.GetRequiredValue(source);
            var outcome = await new InventoryImport(new InventoryFiles(), context.Package, new LocalWorkbookFiles(context.Workbooks))
                .RunAsync(sourceFile.FullName, result.GetRequiredValue(workbook).FullName, context.NewWorkbookId, cancellationToken);
            var plan = outcome.Plan;
            await context.Out.WriteLineAsync(
                $"{sourceFile.Name}: {plan.New.Count + plan.AlreadyPresent.Count} use cases; {plan.New.Count} added to " +
                $"{(outcome.Created ? "the new workbook" : "the workbook")}, {plan.AlreadyPresent.Count} already there; " +
                $"{plan.Issues.Count(i => i.Action == InventoryIssueAction.Rejected)} rejected, " +
                $"{plan.Issues.Count(i => i.Action == InventoryIssueAction.Repaired)} repaired, " +
                $"{plan.Issues.Count(i => i.Action == InventoryIssueAction.Skipped)} skipped (listed below and in the ImportLog table).");
            var unassessed = plan.New.Count(n => n.Risk.Level == RiskLevel.Unassessed);
            if (unassessed > 0)
            {
                await context.Out.WriteLineAsync(
                    $"{unassessed} added with RiskLevel blank: {StopConditionRules.NotDescribedMessage} " +
                    "(no purpose, outputs or topic text and no data or action input); the review pauses them until described.");
            }
            foreach (var issue in plan.Issues)
            {
                await context.Out.WriteLineAsync($"  row {issue.SourceRow} [{issue.Column}] {issue.Action}: {issue.Message} ('{Shorten(issue.Value)}')");
            }
            return ExitCodes.Done;
        }));
        return command;
    }

    private static string Shorten(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length <= 40 ? line : line[..39] + "…";
    }
}
