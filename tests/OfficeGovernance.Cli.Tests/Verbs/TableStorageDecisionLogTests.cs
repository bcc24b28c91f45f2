using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// The CLI with <c>--decision-log</c> set to an Azure Storage connection string, against Azurite: the shared log,
/// one chain per <c>Settings.WorkbookId</c> (docs/rules.md#decision-log), written by many at once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageDecisionLogTests(AzuriteFixture azurite) : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Decide_TwentyWritersAtOnce_LeaveTwentyEntriesAndOneIntactChain()
    {
        var workbook = _workspace.NewWorkbook("portfolio-shared.xlsx", Guid.NewGuid());

        // Twenty runs, each with its own clients and decision id, race on the same partition; only the service's ETags
        // order them.
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 20).Select(n => Task.Run(() => _cli.RunAsync(
            "decide", "--workbook", workbook, "--initiative", "DOC-0228", "--type", "Continue",
            "--why", $"writer {n}", "--decision-log", azurite.ConnectionString))));

        Assert.All(outcomes, o => Assert.True(o.ExitCode == ExitCodes.Done, o.Error));
        var list = await _cli.RunAsync("decisions", "list", "--workbook", workbook, "--decision-log", azurite.ConnectionString);
        Assert.Contains("20 decision(s).", list.Output);
        var verify = await _cli.RunAsync("decisions", "verify", "--workbook", workbook, "--decision-log", azurite.ConnectionString);
        Assert.Equal(ExitCodes.Done, verify.ExitCode);
    }

    [Fact]
    public async Task DecisionsVerify_LastTwoRowsAndTheHeadCutBelowTheAnchoredHead_Exits3NamingTheAnchor()
    {
        // A writer with rights over the table can cut entries and move the head back consistently; the WORM anchor
        // still holds the head the weekly run saw (docs/rules.md#decision-log, the anchor).
        var workbookId = Guid.NewGuid();
        var workbook = _workspace.NewWorkbook("portfolio-anchored.xlsx", workbookId);
        foreach (var why in new[] { "first", "second", "third" })
        {
            Assert.Equal(ExitCodes.Done, (await Decide(workbook, why)).ExitCode);
        }
        var store = new TableStorageDecisionLogStore(TableStorageClients.Create(azurite.ConnectionString), DecisionLogKey.Of(workbookId));
        var entries = await store.ReadAllAsync(CancellationToken.None);
        var anchor = new BlobLogHeadAnchor(new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, BlobLogHeadAnchor.DefaultContainerName),
            "DecisionLog:AnchorConnection", createContainer: true);
        await anchor.AppendAsync(new LogHeadAnchor(workbookId.ToString(), LogHead.Of(entries), new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        var table = TableStorageClients.Create(azurite.ConnectionString).GetTableClient(TableStorageDecisionLogStore.DefaultTableName);
        var partition = TableStorageDecisionLogStoreLayout.PartitionKeyFor(DecisionLogKey.Of(workbookId));
        await table.DeleteEntityAsync(partition, TableStorageDecisionLogStoreLayout.EntryRowKey(3));
        await table.DeleteEntityAsync(partition, TableStorageDecisionLogStoreLayout.EntryRowKey(2));
        var head = (await table.GetEntityAsync<TableEntity>(partition, TableStorageDecisionLogStoreLayout.HeadRowKey)).Value;
        head[TableStorageDecisionLogStoreLayout.SequenceProperty] = "1";
        head[TableStorageDecisionLogStoreLayout.HashProperty] = entries[0].Hash;
        await table.UpdateEntityAsync(head, head.ETag, TableUpdateMode.Merge);
        var cli = new CliHarness
        {
            Settings = new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { ["DecisionLog:AnchorConnection"] = azurite.ConnectionString }).Build(),
        };

        var verify = await cli.RunAsync("decisions", "verify", "--workbook", workbook, "--decision-log", azurite.ConnectionString);

        Assert.Equal(ExitCodes.BrokenChain, verify.ExitCode);
        Assert.Contains($"shorter than its anchored head #3 (hash {entries[2].Hash}, anchored 2026-11-23T06:00:00Z", verify.Error);
        Assert.Contains("it has only 1 entry;", verify.Error);
    }

    [Fact]
    public async Task DecisionsVerify_EntryEditedInTheTable_Exits3NamingIt()
    {
        var workbookId = Guid.NewGuid();
        var workbook = _workspace.NewWorkbook("portfolio-edited.xlsx", workbookId);
        foreach (var why in new[] { "first", "second", "third" })
        {
            var decided = await Decide(workbook, why);
            Assert.Equal(ExitCodes.Done, decided.ExitCode);
        }
        var table = TableStorageClients.Create(azurite.ConnectionString).GetTableClient(TableStorageDecisionLogStore.DefaultTableName);
        var partition = TableStorageDecisionLogStoreLayout.PartitionKeyFor(DecisionLogKey.Of(workbookId));
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

    [Fact]
    public async Task Decide_WorkbookRenamedAndCopied_KeepsItsHistoryByWorkbookId()
    {
        var workbook = _workspace.NewWorkbook("portfolio-before.xlsx", Guid.NewGuid());
        Assert.Equal(ExitCodes.Done, (await Decide(workbook, "before the move")).ExitCode);
        var moved = _workspace.PathOf("renamed-elsewhere.xlsx");
        File.Move(workbook, moved);

        var list = await _cli.RunAsync("decisions", "list", "--workbook", moved, "--decision-log", azurite.ConnectionString, "--format", "json");

        Assert.Equal(ExitCodes.Done, list.ExitCode);
        Assert.Contains("\"why\":\"before the move\"", list.Output);
    }

    [Fact]
    public async Task Decide_WorkbookWithoutWorkbookId_WritesOneFirstAndLogsUnderIt()
    {
        var workbook = _workspace.NewWorkbook("portfolio-unkeyed.xlsx", workbookId: null);
        var before = await _cli.RunAsync("decisions", "list", "--workbook", workbook, "--decision-log", azurite.ConnectionString);
        Assert.Contains("0 decision(s).", before.Output);

        var decided = await Decide(workbook, "first decision");

        Assert.Equal(ExitCodes.Done, decided.ExitCode);
        var written = Assert.Single(_cli.WorkbookIds);
        Assert.Equal(written, PortfolioWorkbookFile.LoadSettings(workbook).WorkbookId);
        Assert.False(File.Exists(workbook + ".writing"));
        var store = new TableStorageDecisionLogStore(TableStorageClients.Create(azurite.ConnectionString), DecisionLogKey.Of(written));
        Assert.Equal("first decision", Assert.Single(await store.ReadAllAsync(CancellationToken.None)).Decision.Why);
    }

    [Fact]
    public async Task Decide_SharedLog_RecordsTheSignedInIdentityAsApprover()
    {
        var workbook = _workspace.NewWorkbook("portfolio-signed-in.xlsx", Guid.NewGuid());
        var credential = SignedInCredential.As("CTO@Example.org");
        _cli.Credential = credential;

        var decided = await Decide(workbook, "on target");

        Assert.Equal(ExitCodes.Done, decided.ExitCode);
        Assert.Equal([SignedInApprover.StorageScope], credential.Scopes);
        var list = await _cli.RunAsync("decisions", "list", "--workbook", workbook, "--decision-log", azurite.ConnectionString, "--format", "json");
        Assert.Contains("\"approvedBy\":\"CTO@Example.org\"", list.Output);
    }

    [Theory]
    [InlineData("cfo@example.org")]
    [InlineData("someone typed this")]
    public async Task Decide_SharedLogWithAnotherBy_Exits2NamingBothAndLogsNothing(string typed)
    {
        var workbook = _workspace.NewWorkbook("portfolio-typed.xlsx", Guid.NewGuid());
        var bytes = await File.ReadAllBytesAsync(workbook);

        var decided = await Decide(workbook, "forged", "--by", typed);

        Assert.Equal(ExitCodes.InvalidInput, decided.ExitCode);
        Assert.Contains(typed, decided.Error);
        Assert.Contains("cto@example.org", decided.Error);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(workbook));
        Assert.Contains("0 decision(s).", (await _cli.RunAsync("decisions", "list", "--workbook", workbook, "--decision-log", azurite.ConnectionString)).Output);
    }

    [Fact]
    public async Task Decide_SharedLogByMatchingTheSignedInIdentity_IsAccepted()
    {
        var workbook = _workspace.NewWorkbook("portfolio-matching.xlsx", Guid.NewGuid());

        var decided = await Decide(workbook, "on target", "--by", " Cto@Example.org ");

        Assert.Equal(ExitCodes.Done, decided.ExitCode);
    }

    [Fact]
    public async Task Decide_SharedLogWithNoOneSignedIn_Exits1SayingHowToSignInAndWritesNothing()
    {
        var workbook = _workspace.NewWorkbook("portfolio-nobody.xlsx", workbookId: null);
        var bytes = await File.ReadAllBytesAsync(workbook);
        _cli.Credential = SignedInCredential.Nobody();

        var decided = await Decide(workbook, "nobody", "--by", "cto@example.org");

        Assert.Equal(ExitCodes.Failure, decided.ExitCode);
        Assert.Contains("az login", decided.Error);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(workbook));
        Assert.Empty(_cli.WorkbookIds);
    }

    [Fact]
    public async Task Decide_SharedLogSignedInAsAServicePrincipal_Exits1()
    {
        var workbook = _workspace.NewWorkbook("portfolio-app.xlsx", Guid.NewGuid());
        _cli.Credential = new SignedInCredential(new Dictionary<string, object> { ["oid"] = Guid.NewGuid().ToString(), ["appid"] = "app" });

        var decided = await Decide(workbook, "an app");

        Assert.Equal(ExitCodes.Failure, decided.ExitCode);
        Assert.Contains("no email in its token", decided.Error);
    }

    [Fact]
    public async Task Decide_SharedLogRefusedByDecisionRights_WritesNoWorkbookIdAndNoEntry()
    {
        var workbook = _workspace.NewWorkbook("portfolio-refused.xlsx", workbookId: null);
        var bytes = await File.ReadAllBytesAsync(workbook);
        _cli.Credential = SignedInCredential.As("portfolio.lead@example.org");

        var decided = await _cli.RunAsync("decide", "--workbook", workbook, "--initiative", "DOC-0228", "--type", "Expand",
            "--why", "two cycles at target", "--decision-log", azurite.ConnectionString);

        Assert.Equal(ExitCodes.Refused, decided.ExitCode);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(workbook));
        Assert.Empty(_cli.WorkbookIds);
    }

    [Fact]
    public async Task Decide_TableConnectionSetting_SelectsTheSharedLogWithoutTheOption()
    {
        var workbookId = Guid.NewGuid();
        var workbook = _workspace.NewWorkbook("portfolio-setting.xlsx", workbookId);
        var cli = new CliHarness
        {
            Settings = new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { ["DecisionLog:TableConnection"] = azurite.ConnectionString }).Build(),
        };

        var decided = await cli.RunAsync("decide", "--workbook", workbook, "--initiative", "DOC-0228", "--type", "Continue", "--why", "by setting");

        Assert.Equal(ExitCodes.Done, decided.ExitCode);
        Assert.False(File.Exists(JsonLinesDecisionLogStore.DefaultPathFor(workbook)));
        var store = new TableStorageDecisionLogStore(TableStorageClients.Create(azurite.ConnectionString), DecisionLogKey.Of(workbookId));
        Assert.Equal("by setting", Assert.Single(await store.ReadAllAsync(CancellationToken.None)).Decision.Why);
    }

    [Fact]
    public async Task Decide_MalformedConnectionString_Exits2BeforeAskingForATokenOrWriting()
    {
        var workbook = _workspace.NewWorkbook("portfolio-malformed.xlsx", workbookId: null);
        var bytes = await File.ReadAllBytesAsync(workbook);
        var credential = SignedInCredential.As("cto@example.org");
        _cli.Credential = credential;

        var decided = await _cli.RunAsync("decide", "--workbook", workbook, "--initiative", "DOC-0228", "--type", "Continue",
            "--why", "on target", "--decision-log", "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=not-base64!");

        Assert.Equal(ExitCodes.InvalidInput, decided.ExitCode);
        Assert.Empty(credential.Scopes);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(workbook));
        Assert.Empty(_cli.WorkbookIds);
    }

    private Task<CliResult> Decide(string workbook, string why, params string[] extra) =>
        _cli.RunAsync(["decide", "--workbook", workbook, "--initiative", "DOC-0228", "--type", "Continue",
            "--why", why, "--decision-log", azurite.ConnectionString, .. extra]);
}
