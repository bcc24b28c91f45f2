using System.Diagnostics;
using Azure.Data.Tables;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Cli.Tests.Cli;

/// <summary>The CLI with <c>--decision-log</c> set to an Azure Storage connection string, against Azurite (issue #4).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageDecisionLogTests(AzuriteFixture azurite) : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    // Each test gets its own workbook name, hence its own partition (chain) in the shared Azurite.
    private string UniqueWorkbook()
    {
        var path = _workspace.PathOf($"portfolio-{Guid.NewGuid():N}.xlsx");
        File.Copy(_workspace.Workbook, path);
        return path;
    }

    [Fact]
    public async Task Decide_TwentyProcessesAtOnce_LeaveTwentyEntriesAndOneIntactChain()
    {
        var workbook = UniqueWorkbook();
        var cli = typeof(CommandLineApp).Assembly.Location;

        var processes = Enumerable.Range(1, 20).Select(n => Process.Start(new ProcessStartInfo("dotnet",
        [
            cli, "decide", "--workbook", workbook, "--initiative", "DOC-0228", "--type", "Continue",
            "--by", "cto@example.org", "--why", $"writer {n}", "--decision-log", azurite.ConnectionString,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!).ToArray();
        var outcomes = await Task.WhenAll(processes.Select(async p =>
        {
            var error = p.StandardError.ReadToEndAsync();
            await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            return (p.ExitCode, Error: await error);
        }));

        Assert.All(outcomes, o => Assert.True(o.ExitCode == 0, o.Error));
        var list = await _cli.RunAsync("decisions", "list", "--workbook", workbook, "--decision-log", azurite.ConnectionString);
        Assert.Contains("20 decision(s).", list.Output);
        var verify = await _cli.RunAsync("decisions", "verify", "--workbook", workbook, "--decision-log", azurite.ConnectionString);
        Assert.Equal(ExitCodes.Done, verify.ExitCode);
    }

    [Fact]
    public async Task DecisionsVerify_EntryEditedInTheTable_Exits3NamingIt()
    {
        var workbook = UniqueWorkbook();
        foreach (var why in new[] { "first", "second", "third" })
        {
            var decided = await _cli.RunAsync("decide", "--workbook", workbook, "--initiative", "DOC-0228", "--type", "Continue",
                "--by", "cto@example.org", "--why", why, "--decision-log", azurite.ConnectionString);
            Assert.Equal(ExitCodes.Done, decided.ExitCode);
        }
        var table = TableStorageClients.Create(azurite.ConnectionString).GetTableClient(TableStorageDecisionLogStore.DefaultTableName);
        var partition = TableStorageDecisionLogStoreLayout.PartitionKeyFor(Path.GetFileName(workbook));
        var row = (await table.GetEntityAsync<TableEntity>(partition, TableStorageDecisionLogStoreLayout.EntryRowKey(2))).Value;
        var json = row.GetString(TableStorageDecisionLogStoreLayout.EntryProperty);
        row[TableStorageDecisionLogStoreLayout.EntryProperty] =
            json.Replace("\"why\":\"second\"", "\"why\":\"changed\"", StringComparison.Ordinal);
        Assert.NotEqual(json, row.GetString(TableStorageDecisionLogStoreLayout.EntryProperty));
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        var verify = await _cli.RunAsync("decisions", "verify", "--workbook", workbook, "--decision-log", azurite.ConnectionString);

        Assert.Equal(ExitCodes.BrokenChain, verify.ExitCode);
        Assert.Contains("decision-0002", verify.Error);
    }
}
