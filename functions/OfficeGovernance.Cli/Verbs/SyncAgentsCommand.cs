using System.CommandLine;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Kiota.Abstractions;
using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Infrastructure.AgentSync;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>sync-agents --workbook W.xlsx</c> (docs/rules.md#workbook-contract; issue 26): syncs the workbook's Agents table
/// from Microsoft Entra Agent ID through Graph with the function app's settings (<c>Graph:BaseUrl</c>,
/// <c>Graph:Credential</c>, as <c>weekly-status --drive-item</c> reads them), writing the file once through its
/// <c>.writing</c> file (<see cref="AgentSyncRun"/>). Prints added, changed, flagged and unchanged, then each line of
/// <see cref="AgentSyncText"/>. Exit 0 done (also when nothing changed, which it says); 2 invalid workbook or Graph
/// settings, nothing written; 1 Graph failed (why on stderr), nothing written.
/// </summary>
internal static class SyncAgentsCommand
{
    public static Command Create(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var command = new Command("sync-agents", "Sync the Agents table from Microsoft Entra Agent ID through Graph.") { workbook };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            GraphSettings settings;
            try
            {
                settings = GraphOptionsValidation.Settings(
                    context.Settings.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions());
            }
            catch (ArgumentException invalid)
            {
                await context.Error.WriteLineAsync($"{invalid.Message} Nothing was read or written.");
                return ExitCodes.InvalidInput;
            }
            using var graph = GraphClients.Create(settings, time: context.Time);
            var path = result.GetRequiredValue(workbook).FullName;
            try
            {
                var synced = await new AgentSyncRun(new GraphAgentIdentitySource(graph), context.Package, new LocalWorkbookFiles(context.Workbooks))
                    .SyncFileAsync(path, context.NewWorkbookId, cancellationToken);
                foreach (var line in AgentSyncText.Lines(synced))
                {
                    await context.Out.WriteLineAsync(line);
                }
                return ExitCodes.Done;
            }
            catch (Exception failed) when (failed is ApiException or AuthenticationFailedException or HttpRequestException
                                               or AggregateException or InvalidOperationException)
            {
                await context.Error.WriteLineAsync($"{path}: the agent sync failed, nothing was written: {Describe(failed)}");
                return ExitCodes.Failure;
            }
        }));
        return command;
    }

    private static string Describe(Exception failed) => failed switch
    {
        ApiException graph => $"Graph answered {graph.ResponseStatusCode}: {graph.Message}",
        AggregateException { InnerException: ApiException graph } => $"Graph answered {graph.ResponseStatusCode} after retries: {graph.Message}",
        _ => failed.Message,
    };
}
