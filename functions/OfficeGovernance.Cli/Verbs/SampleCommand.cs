using System.CommandLine;
using OfficeGovernance.Cli.Samples;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>sample --out F.xlsx [--seed N]</c>: rebuilds the sample portfolio and its decision log
/// (<c>F.xlsx.decisions.jsonl</c>) from the embedded federal use cases; see samples/source/README.md.
/// </summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo>("--out") { Description = "The workbook to create (replaced if present).", Required = true };
        var seed = new Option<int>("--seed")
        {
            Description = "The generator seed.", DefaultValueFactory = _ => SamplePortfolioGenerator.DefaultSeed,
        };
        var command = new Command("sample", "Rebuild the sample portfolio workbook and its decision log.") { output, seed };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var path = result.GetRequiredValue(output).FullName;
            var sample = SamplePortfolioGenerator.Generate(result.GetValue(seed));
            PortfolioWorkbookFile.Create(path, PortfolioTables.ToOutputTables(sample.Workbook));
            var logPath = JsonLinesDecisionLogStore.DefaultPathFor(path);
            File.Delete(logPath);
            var log = new JsonLinesDecisionLogStore(logPath);
            foreach (var draft in sample.Decisions)
            {
                await log.AppendAsync(draft, cancellationToken);
            }
            await context.Out.WriteLineAsync(
                $"Wrote {path} ({sample.Workbook.Initiatives.Count} initiatives, {sample.Workbook.Observations.Count} observations, " +
                $"{sample.Workbook.Spend.Count} spend rows) and {sample.Decisions.Count} decisions to {logPath}.");
            return ExitCodes.Done;
        }));
        return command;
    }
}
