using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Infrastructure.Finance;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// The sample's finance report as LibreOffice Calc prints it (issue 25): the charts draw their series in their own
/// colours, and the report prints landscape in at most a dozen pages. Skipped only where LibreOffice or poppler is
/// not installed; <c>.ci/run</c> installs both.
/// </summary>
public sealed class FinanceReportRenderingTests : IDisposable
{
    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [SkippableFact]
    public async Task FinanceReport_RenderedByLibreOffice_EachChartsPlotAreaShowsItsSeriesColours()
    {
        var pdf = await RenderAsync();
        var summary = LibreOffice.Page(pdf, 1, 60);

        // The charts sit side by side under the Summary table: the monthly chart on the left, the initiatives' on the right.
        foreach (var (colour, left, right) in new[]
                 {
                     (ReportColours.MonthlySpend, 0.0, 0.5), (ReportColours.MonthlyCaps, 0.0, 0.5),
                     (ReportColours.InitiativeSpend, 0.5, 1.0), (ReportColours.InitiativeCap, 0.5, 1.0),
                 })
        {
            Assert.True(summary.Count(colour, left, 0.45, right, 0.95) > 200,
                $"the chart between {left:P0} and {right:P0} of the page draws no {colour} series");
        }
        Assert.True(summary.Count(ReportColours.InitiativeSpend, 0.0, 0.45, 0.5, 0.95) < 50, "the left chart is the monthly one");
    }

    [SkippableFact]
    public async Task FinanceReport_Sample_PrintsLandscapeInAtMostADozenPages()
    {
        var pdf = await RenderAsync();

        Assert.InRange(int.Parse(LibreOffice.Info(pdf, "Pages"), System.Globalization.CultureInfo.InvariantCulture), 6, 12);
        Assert.StartsWith("792 x 612 pts", LibreOffice.Info(pdf, "Page size"));
    }

    private async Task<string> RenderAsync()
    {
        Skip.If(LibreOffice.Missing is not null, LibreOffice.Missing);
        var output = _workspace.PathOf("finance.xlsx");
        var result = await _cli.RunAsync("finance-report", "--workbook", _workspace.Workbook, "--out", output, "--as-of", "2026-11-20");
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        return LibreOffice.ToPdf(output);
    }
}
