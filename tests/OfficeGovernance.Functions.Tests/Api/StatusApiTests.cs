using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Functions.WeeklyStatus;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// GET /api/status/preview is the weekly run without the sending: for the same workbook, log and as-of date it shows
/// exactly the messages the weekly run then sends (the same previous verdicts, the same decisions counted).
/// </summary>
public sealed class StatusApiTests : IDisposable
{
    // Monday of ISO week 45, then Friday of week 47: week 46 had no run, so the week 47 run reports the decisions
    // since week 46's Monday (10, 17 and 18 November in the sample's log) and the verdict changes since week 45.
    private static readonly DateTimeOffset EarlierRun = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(EarlierRun);
    private readonly FunctionsHost _host;

    public StatusApiTests()
    {
        _host = new FunctionsHost(overrides: services => services.AddSingleton<TimeProvider>(_time));
        _host.Store("portfolio.xlsx");
        Directory.CreateDirectory(Path.Combine(_host.Root, "decisions"));
        File.Copy(RepositoryRoot.PathOf("samples/portfolio.xlsx.decisions.jsonl"),
            Path.Combine(_host.Root, "decisions", "portfolio.xlsx.decisions.jsonl"));
    }

    [Fact]
    public async Task StatusPreview_AfterASkippedWeek_ComposesExactlyWhatTheWeeklyRunThenSends()
    {
        var weekly = _host.Function<WeeklyStatusFunctions>();
        await weekly.WeeklyStatusWorkbook("portfolio.xlsx", CancellationToken.None);
        _time.SetUtcNow(Now);

        var request = _host.Request("GET", "/api/status/preview?workbookId=portfolio.xlsx&asOf=2026-11-20");
        var preview = await Answer.Of(await _host.Function<StatusApi>().StatusPreview(request, CancellationToken.None), request);
        await weekly.WeeklyStatusWorkbook("portfolio.xlsx", CancellationToken.None);
        var sent = Sent("2026-W47");
        var previewed = preview.Body.EnumerateArray().Select(Previewed).OrderBy(m => m.Recipients, StringComparer.Ordinal).ThenBy(m => m.Subject, StringComparer.Ordinal).ToArray();

        Assert.Equal(200, preview.Status);
        Assert.True(previewed.Length > 2);
        Assert.Equal(sent, previewed);
        Assert.DoesNotContain(previewed, m => m.Text!.Contains("No earlier review to compare with.", StringComparison.Ordinal));
    }

    public void Dispose() => _host.Dispose();

    private static Message Previewed(JsonElement m) => new(
        string.Join(";", m.GetProperty("recipients").EnumerateArray().Select(r => r.GetString())),
        m.GetProperty("subject").GetString()!, m.GetProperty("text").GetString()!, m.GetProperty("html").GetString()!);

    private Message[] Sent(string week) => Directory
        .GetFiles(Path.Combine(_host.OutboxDirectory, "portfolio.xlsx", week), "*.eml")
        .Select(path => MimeMessage.Load(path))
        .Select(mime => new Message(string.Join(";", mime.To.Mailboxes.Select(a => a.Address)), mime.Subject, mime.TextBody, mime.HtmlBody))
        .OrderBy(m => m.Recipients, StringComparer.Ordinal).ThenBy(m => m.Subject, StringComparer.Ordinal)
        .ToArray();

    private sealed record Message(string Recipients, string? Subject, string? Text, string? Html);
}
