using OfficeGovernance.Cli.Samples;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>A temporary folder holding a freshly generated sample workbook and its decision log.</summary>
public sealed class SampleWorkspace : IDisposable
{
    public SampleWorkspace()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("og-cli-").FullName;
        Workbook = Path.Combine(Directory, "portfolio.xlsx");
        var sample = SamplePortfolioGenerator.Generate();
        PortfolioWorkbookFile.Create(Workbook, PortfolioTables.ToOutputTables(sample.Workbook));
        var log = new JsonLinesDecisionLogStore(DecisionLog);
        foreach (var draft in sample.Decisions)
        {
            log.AppendAsync(draft, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public string Directory { get; }

    public string Workbook { get; }

    public string DecisionLog => JsonLinesDecisionLogStore.DefaultPathFor(Workbook);

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>
    /// Writes the sample as <paramref name="name"/> with <paramref name="workbookId"/> as its Settings.WorkbookId (none
    /// when null), without a decision log, and returns its path.
    /// </summary>
    public string NewWorkbook(string name, Guid? workbookId)
    {
        var sample = SamplePortfolioGenerator.Generate().Workbook;
        var path = PathOf(name);
        PortfolioWorkbookFile.Create(path, PortfolioTables.ToOutputTables(
            sample with { Settings = sample.Settings with { WorkbookId = workbookId } }));
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
