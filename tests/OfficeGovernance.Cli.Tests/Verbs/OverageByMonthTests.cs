using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// Issue 25's scenario on the sample: DOE-0293 ran 2,944.17 USD over its cap of 29,200.00 in November 2026; on
/// 2026-12-07 the CFO approves 3,000 for November (docs/rules.md#overage: overages by month).
/// </summary>
public sealed class OverageByMonthTests : IDisposable
{
    private const string AfterTheMonth = "2026-12-07";
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public OverageByMonthTests() => _cli.Time.SetUtcNow(new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero));

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Review_NovemberOverrunBeforeTheDecision_OpenItemAndNotExpand()
    {
        var doe = await ReviewAsync(AfterTheMonth);

        Assert.NotEqual("Expand", doe.GetProperty("verdict").GetString());
        var reasons = Texts(doe, "reasons");
        Assert.StartsWith("cannot Expand until it is covered: open overrun in 2026-11: spend 32,144.17 USD was over the cap " +
                          "29,200.00 USD by 2,944.17 USD", reasons[0]);
        Assert.Contains(Texts(doe, "flags"), f => f.StartsWith("open overrun in 2026-11", StringComparison.Ordinal));
        Assert.Contains(await ExceptionsAsync(AfterTheMonth), e => e.StartsWith("2026-11: spend 32,144.17 USD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decide_CfoApprovesNovemberInDecember_SaysWhatItCoversAndReviewAndReportAgree()
    {
        var decide = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOE-0293",
            "--type", "Overage", "--amount", "3000", "--month", "2026-11", "--by", "cfo@example.org",
            "--why", "November's Coupa surge");

        Assert.Equal(ExitCodes.Done, decide.ExitCode);
        Assert.Equal(string.Empty, decide.Error);
        Assert.Contains("  month       2026-11", decide.Output);
        Assert.Contains("the Overage covers the 2026-11 overrun of 2,944.17 USD (spend 32,144.17 USD to 2026-11-30 over the cap " +
                        "29,200.00 USD)", decide.Output);

        var doe = await ReviewAsync(AfterTheMonth);
        Assert.DoesNotContain(Texts(doe, "flags"), f => f.Contains("open overrun", StringComparison.Ordinal));
        Assert.Contains(Texts(doe, "reasons"), r => r.StartsWith(
            "the 2026-11 overrun of 2,944.17 USD (spend 32,144.17 USD over the cap 29,200.00 USD) is covered: overage of " +
            "2,944.17 USD approved by cfo@example.org (typed) on 2026-12-07 for 2026-11", StringComparison.Ordinal));
        Assert.DoesNotContain(await ExceptionsAsync(AfterTheMonth), e => e.StartsWith("2026-11: spend 32,144.17 USD", StringComparison.Ordinal));

        var dayBefore = await ReviewAsync("2026-12-06");
        Assert.StartsWith("cannot Expand until it is covered: open overrun in 2026-11", Texts(dayBefore, "reasons")[0]);
    }

    [Theory]
    [InlineData("2026-10", "2026-10 covers no overrun: spend")]
    [InlineData("2027-01", "2027-01 covers no overrun: the month has not begun")]
    public async Task Decide_OverageForAMonthWithoutOverrun_WarnsOnStandardErrorAndExitsZero(string month, string warning)
    {
        var decide = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOE-0293",
            "--type", "Overage", "--amount", "3000", "--month", month, "--by", "cfo@example.org", "--why", "Ahead of time");

        Assert.Equal(ExitCodes.Done, decide.ExitCode);
        Assert.Contains("warning: the Overage for " + warning, decide.Error);
        Assert.Equal(10, File.ReadLines(_workspace.DecisionLog).Count());
    }

    [Fact]
    public async Task Decide_OverageSmallerThanTheOverrun_WarnsItCoversNone()
    {
        var decide = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOE-0293",
            "--type", "Overage", "--amount", "2000", "--month", "2026-11", "--by", "cfo@example.org", "--why", "Part of it");

        Assert.Equal(ExitCodes.Done, decide.ExitCode);
        Assert.Contains("warning: the Overage covers none of the 2026-11 overrun of 2,944.17 USD", decide.Error);
        Assert.Contains("covers only part of it", decide.Error);
    }

    [Theory]
    [InlineData("Overage", "November")]
    [InlineData("Overage", "2026-13")]
    [InlineData("Continue", "2026-11")]
    public async Task Decide_BadMonth_Exits2NamingTheOptionAndLeavesTheLog(string type, string month)
    {
        var before = await File.ReadAllBytesAsync(_workspace.DecisionLog);

        var decide = await _cli.RunAsync("decide", "--workbook", _workspace.Workbook, "--initiative", "DOE-0293",
            "--type", type, "--amount", "3000", "--month", month, "--by", "cfo@example.org", "--why", "Test");

        Assert.Equal(ExitCodes.InvalidInput, decide.ExitCode);
        Assert.Contains("--month:", decide.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.DecisionLog));
    }

    private async Task<JsonElement> ReviewAsync(string asOf)
    {
        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", asOf, "--format", "json");
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("initiatives").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "DOE-0293").Clone();
    }

    private static string[] Texts(JsonElement initiative, string property) =>
        initiative.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    private async Task<string[]> ExceptionsAsync(string asOf)
    {
        var output = _workspace.PathOf($"finance-{asOf}.xlsx");
        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", output, "--as-of", asOf);
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        using var document = SpreadsheetDocument.Open(output, false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Exceptions");
        return ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .Where(c => c.DataType?.Value == CellValues.SharedString || c.DataType?.Value == CellValues.InlineString)
            .Select(c => c.DataType!.Value == CellValues.SharedString ? shared[int.Parse(c.InnerText)] : c.InnerText)
            .Where(t => t.Contains("DOE-0293", StringComparison.Ordinal) || t.StartsWith("2026-", StringComparison.Ordinal))
            .ToArray();
    }
}
