using System.CommandLine;
using System.Globalization;
using OfficeGovernance.Application.CostImport;
using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Infrastructure.CostImport;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>import-spend --source F --workbook W.xlsx [--cost EffectiveCost|BilledCost]</c> (docs/rules.md#spend):
/// imports a FOCUS cost export (CSV, gzip or Parquet) into the workbook's Spend table and prints the rows added,
/// replaced and left, and the unallocated cost by tag value, sub-account and service with totals (also written to the
/// UnallocatedSpend table). A rerun with the same export writes nothing and says so.
/// </summary>
internal static class ImportSpendCommand
{
    /// <summary>How many lines of each unallocated breakdown are printed before the rest are summed into one.</summary>
    private const int Shown = 10;

    public static Command Create(CliContext context)
    {
        var source = new Option<FileInfo>("--source") { Description = "The FOCUS cost export (.csv, .csv.gz or .parquet).", Required = true };
        var workbook = new Option<FileInfo>("--workbook") { Description = "The portfolio workbook.", Required = true };
        var cost = new Option<CostBasis>("--cost") { Description = "The FOCUS cost column to import.", DefaultValueFactory = _ => CostBasis.EffectiveCost };
        var command = new Command("import-spend", "Import a FOCUS cost export into the workbook's Spend table.") { source, workbook, cost };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var sourceFile = result.GetRequiredValue(source);
            if (!sourceFile.Exists)
            {
                throw new ArgumentException($"the file {sourceFile.FullName} does not exist");
            }
            var trip = await WorkbookRoundTrip.OpenFileAsync(
                context.Workbooks, context.Package, result.GetRequiredValue(workbook).FullName, cancellationToken);
            SpendImportOutcome outcome;
            await using (var export = sourceFile.OpenRead())
            {
                outcome = await new SpendImportRun(context.Package, new FocusExports()).RunAsync(trip, export, sourceFile.Name,
                    result.GetValue(cost), context.NewWorkbookId);
            }
            // Nothing collected (a rerun of the same export): nothing saved.
            await trip.SaveAsync(cancellationToken);
            await Print(context.Out, sourceFile.Name, outcome);
            return ExitCodes.Done;
        }));
        return command;
    }

    private static async Task Print(TextWriter output, string file, SpendImportOutcome outcome)
    {
        var plan = outcome.Plan;
        var import = plan.Import;
        string Money(decimal amount) => $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {outcome.Currency}";
        await output.WriteLineAsync($"{file}: {import.Charges:N0} charges of {string.Join(", ", import.Sources)}.");
        await output.WriteLineAsync(plan.Unchanged
            ? $"Unchanged: the workbook already holds this import ({import.Rows.Count} Spend rows); nothing was written."
            : $"Spend: {import.Rows.Count} rows added, {plan.ReplacedRows.Count} replaced (earlier imports of these sources), " +
              $"{plan.LeftRows} left ({plan.TypedRows} typed).");
        await output.WriteLineAsync($"Allocated {Money(plan.AllocatedTotal)}; unallocated {Money(plan.UnallocatedTotal)} (UnallocatedSpend table).");
        var summary = UnallocatedSummary.Of(import.Unallocated);
        if (summary.Charges == 0)
        {
            return;
        }
        foreach (var (title, lines) in new[] { ("tag value", summary.ByTag), ("sub-account", summary.BySubAccount), ("service", summary.ByService) })
        {
            await output.WriteLineAsync($"Unallocated by {title}:");
            foreach (var line in lines.Take(Shown))
            {
                await output.WriteLineAsync($"  {Cut(line.Label),-48} {line.Charges,8:N0} {Money(line.Amount),18}");
            }
            if (lines.Count > Shown)
            {
                var rest = lines.Skip(Shown).ToArray();
                await output.WriteLineAsync($"  {$"{rest.Length} more",-48} {rest.Sum(l => l.Charges),8:N0} {Money(rest.Sum(l => l.Amount)),18}");
            }
            await output.WriteLineAsync($"  {"Total",-48} {summary.Charges,8:N0} {Money(summary.Total),18}");
        }
    }

    private static string Cut(string label) => label.Length <= 48 ? label : label[..47] + "…";
}
