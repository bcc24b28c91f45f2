using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// <c>sync-agents --workbook W.xlsx</c> (issue 26) against the project's fake Graph on loopback: agent identities in
/// three pages, a 429 with Retry-After on the list, one without owners, then one deleted and one disabled since the
/// last sync; the bundled sample (whose Agents table has no EntraObjectId column yet) is the workbook.
/// </summary>
public sealed class SyncAgentsCommandTests : IAsyncLifetime, IDisposable
{
    private static readonly FakePrincipal Ann = new("u-ann", "Ann", "ann@example.org", "ann@example.org");
    private static readonly FakePrincipal Ops = new("u-ops", "Ops", null, "ops@example.org");
    private static readonly FakePrincipal Robot = new("sp-robot", "Deployment robot");
    private readonly string _directory = Directory.CreateTempSubdirectory("og-sync-").FullName;
    private FakeGraphServer _graph = null!;

    private string Workbook => Path.Combine(_directory, "portfolio.xlsx");

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _graph.AgentPageSize = 2;
        for (var i = 1; i <= 5; i++)
        {
            _graph.AddAgentIdentity(new FakeAgentIdentity($"a{i}000000-0000-4000-8000-00000000000{i}", $"Agent {i}",
                OwnerList: i == 3 ? [Robot] : [Ann], SponsorList: [Ops]));
        }
        File.Copy(RepositoryRoot.PathOf("samples/portfolio.xlsx"), Workbook);
        File.Copy(RepositoryRoot.PathOf("samples/portfolio.xlsx.decisions.jsonl"), Workbook + ".decisions.jsonl");
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task SyncAgents_ThreePagesAfterA429_AddsEveryIdentityOutsideThePortfolio()
    {
        var before = AgentRows(File.ReadAllBytes(Workbook));
        _graph.Fail(HttpStatusCode.TooManyRequests, 1, "/servicePrincipals/microsoft.graph.agentIdentity");

        var result = await Cli().RunAsync("sync-agents", "--workbook", Workbook);

        Assert.True(result.ExitCode == ExitCodes.Done, result.Error);
        Assert.Equal(4, _graph.Requests("GET", "/v1.0/servicePrincipals/microsoft.graph.agentIdentity"));
        Assert.Contains($"5 added, 0 changed, 0 flagged, {before.Count} unchanged.", result.Output);
        var after = AgentRows(File.ReadAllBytes(Workbook));
        // The typed rows are as they were; the table gained the EntraObjectId column, blank on them.
        Assert.DoesNotContain(before, r => r.ContainsKey("EntraObjectId"));
        Assert.Equal(before, after.Take(before.Count).Select(r => r.Where(c => c.Key != "EntraObjectId")
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.OrdinalIgnoreCase)));
        Assert.All(after.Take(before.Count), r => Assert.Equal("", r["EntraObjectId"]));
        var added = after.Skip(before.Count).ToList();
        Assert.Equal(["ENTRA-a1000000", "ENTRA-a2000000", "ENTRA-a3000000", "ENTRA-a4000000", "ENTRA-a5000000"], added.Select(r => r["AgentId"]));
        Assert.All(added, r => Assert.Equal(("", "Pilot", "ops@example.org"), (r["InitiativeId"], r["Status"], r["KillSwitchOwner"])));
        // The third identity's only owner is a service principal: no person owns it, Owner stays blank.
        Assert.Equal(["ann@example.org", "ann@example.org", "", "ann@example.org", "ann@example.org"], added.Select(r => r["Owner"]));
        Assert.Contains("ENTRA-a3000000 'Agent 3'", result.Output);
        Assert.Contains("no owner in Entra: it keeps its stop condition", result.Output);
    }

    [Fact]
    public async Task SyncAgents_DeletedAndDisabledSinceLastSync_FlagsThemAndASecondSyncChangesNothing()
    {
        var cli = Cli();
        await cli.RunAsync("sync-agents", "--workbook", Workbook);
        _graph.DeleteAgentIdentity("a2000000-0000-4000-8000-000000000002");
        _graph.AddAgentIdentity(new FakeAgentIdentity("a4000000-0000-4000-8000-000000000004", "Agent 4", AccountEnabled: false,
            OwnerList: [Ann], SponsorList: [Ops]));

        var first = await cli.RunAsync("sync-agents", "--workbook", Workbook);
        var once = File.ReadAllBytes(Workbook);
        var second = await cli.RunAsync("sync-agents", "--workbook", Workbook);

        Assert.True(first.ExitCode == ExitCodes.Done, first.Error);
        Assert.Contains("0 added, 2 changed, 2 flagged", first.Output);
        Assert.Contains("flagged ENTRA-a2000000: Entra no longer lists agent identity a2000000-0000-4000-8000-000000000002 (deleted); Status Pilot becomes Retired", first.Output);
        Assert.Contains("flagged ENTRA-a4000000: the agent identity is disabled in Entra (accountEnabled false); Status Pilot becomes Paused", first.Output);
        var rows = AgentRows(once).ToDictionary(r => r["AgentId"]);
        Assert.Equal(("Retired", "Paused"), (rows["ENTRA-a2000000"]["Status"], rows["ENTRA-a4000000"]["Status"]));
        Assert.True(second.ExitCode == ExitCodes.Done, second.Error);
        Assert.Contains("0 added, 0 changed, 2 flagged", second.Output);
        Assert.Contains("nothing changed, the workbook was not written", second.Output);
        Assert.Equal(once, File.ReadAllBytes(Workbook));
    }

    [Fact]
    public async Task SyncAgents_ThenReview_ListsTheAgentsOutsideThePortfolioWithTheOwnerlessOnesStopCondition()
    {
        var cli = Cli();
        await cli.RunAsync("sync-agents", "--workbook", Workbook);

        var review = await cli.RunAsync("review", "--workbook", Workbook, "--as-of", "2026-11-20", "--format", "json");
        var table = await cli.RunAsync("review", "--workbook", Workbook, "--as-of", "2026-11-20");

        Assert.True(review.ExitCode == ExitCodes.Done, review.Error);
        using var json = JsonDocument.Parse(review.Output);
        var outside = json.RootElement.GetProperty("portfolio").GetProperty("agentsOutsidePortfolio").EnumerateArray().ToList();
        Assert.Equal(5, outside.Count);
        var ownerless = outside.Single(a => a.GetProperty("id").GetString() == "ENTRA-a3000000");
        Assert.Contains("no owner", ownerless.GetProperty("stopConditions")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Agents outside the portfolio (5): no InitiativeId", table.Output);
    }

    [Fact]
    public async Task SyncAgents_SponsorsRefused_LeavesKillSwitchOwnerBlankAndSaysWhy()
    {
        _graph.RefuseSponsors = true;

        var result = await Cli().RunAsync("sync-agents", "--workbook", Workbook);

        Assert.True(result.ExitCode == ExitCodes.Done, result.Error);
        Assert.Contains("Graph refused its sponsors (403; needs AgentIdentity.ReadWrite.All)", result.Output);
        Assert.All(AgentRows(File.ReadAllBytes(Workbook)).Where(r => r["AgentId"].StartsWith("ENTRA-", StringComparison.Ordinal)),
            r => Assert.Equal("", r["KillSwitchOwner"]));
    }

    [Fact]
    public async Task SyncAgents_OwnerWithoutAddress_LeavesOwnerUnknownNotAbsent()
    {
        _graph.AddAgentIdentity(new FakeAgentIdentity("a1000000-0000-4000-8000-000000000001", "Agent 1",
            OwnerList: [new FakePrincipal("u-hidden", "Hidden", null, null) { IsUser = true }], SponsorList: [Ops]));

        var result = await Cli().RunAsync("sync-agents", "--workbook", Workbook);

        Assert.Contains("Graph returned a person among its owners without an address (needs User.ReadBasic.All)", result.Output);
        Assert.Equal("", AgentRows(File.ReadAllBytes(Workbook)).Single(r => r["AgentId"] == "ENTRA-a1000000")["Owner"]);
    }

    [Fact]
    public async Task SyncAgents_GraphCredentialNoneOffLoopback_Exits2AndReadsNothing()
    {
        var bytes = File.ReadAllBytes(Workbook);

        var result = await Cli(("Graph:BaseUrl", "https://graph.microsoft.com/v1.0")).RunAsync("sync-agents", "--workbook", Workbook);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Graph:Credential None", result.Error);
        Assert.Equal(0, _graph.TotalRequests);
        Assert.Equal(bytes, File.ReadAllBytes(Workbook));
    }

    [Fact]
    public async Task SyncAgents_ListRefused_Exits1AndWritesNothing()
    {
        var bytes = File.ReadAllBytes(Workbook);
        _graph.Fail(HttpStatusCode.Forbidden, 1, "/servicePrincipals/microsoft.graph.agentIdentity");

        var result = await Cli().RunAsync("sync-agents", "--workbook", Workbook);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("Graph answered 403", result.Error);
        Assert.Equal(bytes, File.ReadAllBytes(Workbook));
    }

    private CliHarness Cli(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl.AbsoluteUri,
            ["Graph:Credential"] = "None",
        };
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }
        return new CliHarness { Settings = new ConfigurationBuilder().AddInMemoryCollection(settings).Build() };
    }

    private static List<Dictionary<string, string>> AgentRows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        var table = new WorkbookTableReader().Read(stream, ["Agents"], "portfolio.xlsx").Single();
        return table.Rows.Select(row => table.Headers.Select((h, i) => (h, i))
            .ToDictionary(c => c.h, c => c.i < row.Cells.Count ? row.Cells[c.i].ToString() ?? "" : "", StringComparer.OrdinalIgnoreCase)).ToList();
    }
}
