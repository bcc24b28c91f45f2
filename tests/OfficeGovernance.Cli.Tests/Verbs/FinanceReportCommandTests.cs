using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Cli.Tests.Verbs;

public sealed class FinanceReportCommandTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task FinanceReport_Sample_ExitsZeroAndWritesTheReport()
    {
        var output = _workspace.PathOf("finance.xlsx");

        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", output, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains("Finance report as of 2026-11-20 (3 months from 2026-09-01)", result.Output);
        Assert.Contains("decision log intact", result.Output);
        using var document = SpreadsheetDocument.Open(output, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToArray();
        Assert.Equal("Summary", sheets[0]);
        Assert.False(File.Exists(output + ".writing"));
    }

    [Fact]
    public async Task FinanceReport_MonthsOption_CoversThatManyMonths()
    {
        var output = _workspace.PathOf("finance.xlsx");

        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", output, "--as-of", "2026-11-20", "--months", "3");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains("(3 months from 2026-09-01)", result.Output);
    }

    [Fact]
    public async Task FinanceReport_InvalidWorkbook_ExitsTwoListingEveryCellAndWritesNothing()
    {
        var path = _workspace.PathOf("broken.xlsx");
        MalformedWorkbook.Write(path,
            ("Spend", "Amount", 2, CellValue.FromText("lots")),
            ("Initiatives", "MonthlyBudgetCap", 1, CellValue.FromText("=1+1")));
        var output = _workspace.PathOf("finance.xlsx");

        var result = await _cli.RunAsync("finance-report", "--workbook", path, "--out", output, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Spend[Amount] row 2 (Spend!", result.Error);
        Assert.Contains("Initiatives[MonthlyBudgetCap] row 1 (Initiatives!", result.Error);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".writing"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("37")]
    [InlineData("-3")]
    public async Task FinanceReport_MonthsOutOfRange_ExitsTwoInOneLineAndWritesNothing(string months)
    {
        var output = _workspace.PathOf("finance.xlsx");

        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", output, "--months", months);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal($"--months: {months} is not a number of months from 1 to 36.", result.Error.TrimEnd());
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("r.csv", "does not end in .xlsx")]
    [InlineData("r", "does not end in .xlsx")]
    [InlineData("existing-folder", "is a folder")]
    [InlineData("missing-folder/r.xlsx", "does not exist")]
    public async Task FinanceReport_OutNotAnXlsxInAnExistingFolder_ExitsTwoInOneLineAndWritesNothing(string name, string problem)
    {
        System.IO.Directory.CreateDirectory(_workspace.PathOf("existing-folder"));
        var output = _workspace.PathOf(name);
        var before = System.IO.Directory.GetFileSystemEntries(_workspace.Directory, "*", SearchOption.AllDirectories);

        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", output, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("--out: ", line);
        Assert.Contains(problem, line);
        Assert.Equal(before, System.IO.Directory.GetFileSystemEntries(_workspace.Directory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task FinanceReport_CopiedWithoutItsLog_ExitsTwoNamingTheMissingDecisionsAndWritesNothing()
    {
        var write = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write");
        Assert.Equal(ExitCodes.Done, write.ExitCode);
        var copy = _workspace.PathOf("copy.xlsx");
        File.Copy(_workspace.Workbook, copy);
        var output = _workspace.PathOf("finance.xlsx");

        var result = await _cli.RunAsync("finance-report", "--workbook", copy, "--out", output, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("DecisionLog[DecisionId] row 1 (DecisionLog!B2)", result.Error);
        Assert.Contains($"not in the decision log {Path.GetFullPath(copy)}.decisions.jsonl (0 entries)", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task FinanceReport_OutputIsTheWorkbook_ExitsTwoAndLeavesItUnchanged()
    {
        var before = await File.ReadAllBytesAsync(_workspace.Workbook);

        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", _workspace.Workbook);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.Workbook));
    }

    [Fact]
    public async Task FinanceReport_BrokenChain_WarnsAndReportSaysSoOnItsFirstSheet()
    {
        var lines = await File.ReadAllLinesAsync(_workspace.DecisionLog);
        lines[0] = lines[0].Replace("\"why\":\"", "\"why\":\"edited: ", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(_workspace.DecisionLog, lines);
        var output = _workspace.PathOf("finance.xlsx");

        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", output, "--as-of", "2026-11-20");

        Assert.Equal(ExitCodes.Done, result.ExitCode);
        Assert.Contains("DECISION LOG BROKEN", result.Output);
        Assert.Contains("Warning:", result.Error);
        using var document = SpreadsheetDocument.Open(output, false);
        var part = document.WorkbookPart!;
        var summary = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var a2 = summary.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "A2");
        Assert.StartsWith("DECISION LOG BROKEN", a2.InnerText);
    }
}
