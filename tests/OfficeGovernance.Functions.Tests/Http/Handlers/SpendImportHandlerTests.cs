using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.Tests.Http.Handlers;

/// <summary><c>POST /api/spend-imports</c>'s one save through the workbook round trip, counted at the workbook folder.</summary>
public sealed class SpendImportHandlerTests : IDisposable
{
    private static readonly byte[] Focus = File.ReadAllBytes(RepositoryRoot.PathOf("tests/data/focus/focus-1.0-sample.csv"));
    private readonly FunctionsHost _host = new(overrides: services => services.AddSingleton<IWorkbookSource>(provider =>
        new CountingWorkbookSource(provider.GetRequiredService<LocalWorkbookSource>())));

    private CountingWorkbookSource Source => (CountingWorkbookSource)_host.Services.GetRequiredService<IWorkbookSource>();

    private string StoredPath => Path.Combine(_host.WorkbooksDirectory, "portfolio.xlsx");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SpendImports_FirstImport_OneReadOneSave()
    {
        _host.Store("portfolio.xlsx", SampleTables.Xlsx());

        var answer = await Import();

        Assert.Equal(200, answer.Status);
        Assert.Equal((1, 1), (Source.Reads, Source.Saves));
    }

    [Fact]
    public async Task SpendImports_WorkbookChangedBeforeTheSave_Answers409AndTheOtherEditStands()
    {
        _host.Store("portfolio.xlsx", SampleTables.Xlsx());
        var otherEdit = XlsxPackage.EditText(SampleTables.Xlsx(), "xl/workbook.xml", text => text + " ");
        Source.BeforeSave = () => File.WriteAllBytesAsync(StoredPath, otherEdit);

        var answer = await Import();

        Assert.Equal(409, answer.Status);
        Assert.Equal("The workbook changed.", answer.Body.GetProperty("title").GetString());
        Assert.Equal(1, Source.Saves);
        Assert.Equal(otherEdit, await File.ReadAllBytesAsync(StoredPath));
        Assert.Empty(Directory.GetFiles(_host.WorkbooksDirectory, "*.writing"));
    }

    private async Task<Answer> Import()
    {
        var request = _host.Request("POST", "/api/spend-imports?workbookId=portfolio.xlsx&fileName=focus.csv");
        request.ContentType = "text/csv";
        request.ContentLength = Focus.Length;
        request.Body = new MemoryStream(Focus);
        return await Answer.Of(await _host.Function<SpendImportsApi>().SpendImports(request, CancellationToken.None), request);
    }
}
