using System.Text.Json;
using System.Text.Json.Nodes;
using MimeKit;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>The weekly run keeps the over-cap ids and the next week's digest names the overruns that are new.</summary>
public sealed class WeeklyStatusNewOverrunTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    private async Task<string> DigestText(string outbox, string week)
    {
        var path = Directory.GetFiles(Path.Combine(outbox, week), "leadership*.eml").Single();
        await using var stream = File.OpenRead(path);
        return (await MimeMessage.LoadAsync(stream)).TextBody ?? throw new InvalidDataException($"{path} has no text part.");
    }

    [Fact]
    public async Task WeeklyStatus_InitiativeUnderCapLastWeek_NextDigestListsItAsANewOverrun()
    {
        var outbox = _workspace.PathOf("outbox");
        await _cli.RunAsync("weekly-status", "--workbook", _workspace.Workbook, "--outbox", outbox, "--as-of", "2026-11-20");
        var snapshotPath = Path.Combine(outbox, "2026-W47", "review.json");
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(snapshotPath))!;
        var overCap = snapshot["overCap"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.NotEmpty(overCap);
        // As if the first of them had been under its cap last week: this week it is a new overrun, the others are not.
        var fresh = overCap[0];
        snapshot["overCap"] = new JsonArray(overCap.Skip(1).Select(id => (JsonNode)JsonValue.Create(id)!).ToArray());
        await File.WriteAllTextAsync(snapshotPath, snapshot.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var next = await _cli.RunAsync("weekly-status", "--workbook", _workspace.Workbook, "--outbox", outbox, "--as-of", "2026-11-27");

        Assert.Equal(ExitCodes.Done, next.ExitCode);
        var text = await DigestText(outbox, "2026-W48");
        var changes = text[text.IndexOf("WHAT CHANGED SINCE LAST WEEK", StringComparison.Ordinal)..text.IndexOf("DECISIONS DUE", StringComparison.Ordinal)];
        Assert.Contains($"- {fresh} ", changes);
        Assert.Equal(1, changes.Split("Now over cap by").Length - 1);
    }
}
