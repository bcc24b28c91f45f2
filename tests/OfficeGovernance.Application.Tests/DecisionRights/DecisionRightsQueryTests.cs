using Microsoft.Extensions.Options;
using OfficeGovernance.Application.DecisionRights;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Application.Tests.DecisionRights;

/// <summary>Decision rights asked of the sample workbook stored in a local workbooks folder.</summary>
public sealed class DecisionRightsQueryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("og-rights-").FullName;

    public DecisionRightsQueryTests() =>
        File.Copy(RepositoryRoot.PathOf("samples/portfolio.xlsx"), Path.Combine(_dir, "portfolio.xlsx"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private DecisionRightsQuery Query() => new(new StoredWorkbooks(
        new LocalWorkbookSource(Options.Create(new WorkbooksOptions { Directory = _dir })), new OpenXmlWorkbookPackage(), new GuidSource()));

    [Fact]
    public async Task AskAsync_CallerWithoutRights_NamesWhoCouldAndRefusesTheCaller()
    {
        var answer = await Query().AskAsync("portfolio.xlsx", " doc-0228 ", DecisionType.Expand, "portfolio.lead@example.org", 0m, CancellationToken.None);

        Assert.Equal("DOC-0228", answer!.Initiative.Id);
        Assert.False(answer.Check.Allowed);
        Assert.Contains("cto@example.org", answer.Approvers);
    }

    [Fact]
    public async Task AskAsync_UnknownInitiative_IsNull()
    {
        Assert.Null(await Query().AskAsync("portfolio.xlsx", "NOPE-1", DecisionType.Expand, "cto@example.org", 0m, CancellationToken.None));
    }

    [Fact]
    public async Task AskAsync_NoSuchWorkbook_ThrowsFileNotFound()
    {
        await Assert.ThrowsAnyAsync<FileNotFoundException>(() =>
            Query().AskAsync("missing.xlsx", "DOC-0228", DecisionType.Expand, "cto@example.org", 0m, CancellationToken.None));
    }
}
