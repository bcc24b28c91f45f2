using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.Options;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Graph;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

/// <summary>The workbook round trip over each real source: a file by path, the workbook folder, a drive item through Graph.</summary>
public sealed class WorkbookRoundTripSourceTests : IAsyncLifetime
{
    private const string Drive = "b!drive-1";
    private const string Item = "01ITEM";
    private static readonly Guid Id = Guid.Parse("6f1c2b9e-0000-4000-8000-0000000000aa");
    private readonly string _dir = Directory.CreateTempSubdirectory("og-trip-").FullName;
    private readonly OpenXmlWorkbookPackage _package = new();
    private FakeGraphServer _graph = null!;
    private Microsoft.Graph.GraphServiceClient _client = null!;

    public enum Kind { Path, Folder, Graph }

    // The sample portfolio as a workbook the system never wrote into (its WorkbookId row renamed).
    private static readonly byte[] Unkeyed = XlsxPackage.EditText(
        File.ReadAllBytes(RepositoryRoot.PathOf("samples/portfolio.xlsx")), "xl/sharedStrings.xml",
        text => text.Replace(">WorkbookId<", ">FormerWorkbookId<", StringComparison.Ordinal));

    // Another writer's version: the same workbook with one text changed.
    private static readonly byte[] OtherEdit = XlsxPackage.EditText(Unkeyed, "xl/sharedStrings.xml",
        text => text.Replace("ai-governance@example.org", "other@example.org", StringComparison.Ordinal));

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _client = GraphClients.Create(new GraphSettings(_graph.BaseUrl, GraphCredentialKind.None, maxRetry: 0, maxRetryAfter: TimeSpan.Zero));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _graph.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(Kind.Path)]
    [InlineData(Kind.Folder)]
    [InlineData(Kind.Graph)]
    public async Task SaveAsync_ConcurrentEditBetweenReadAndSave_RefusedAndTheOtherWritersBytesStand(Kind kind)
    {
        var (source, id, stored, overwrite) = Place(kind);
        var counting = new CountingWorkbookSource(source);
        var trip = await WorkbookRoundTrip.OpenAsync(counting, _package, id, "portfolio.xlsx", CancellationToken.None);
        trip.ReplaceTables([Review()]);
        trip.GiveWorkbookId(() => Id);
        counting.BeforeSave = () => overwrite(OtherEdit);

        var error = await Assert.ThrowsAsync<WorkbookConflictException>(() => trip.SaveAsync(CancellationToken.None));

        Assert.Equal(id, error.WorkbookId);
        Assert.Equal(OtherEdit, await stored());
        Assert.Equal((1, 1), (counting.Reads, counting.Saves));
        Assert.Empty(Directory.GetFiles(_dir, "*.writing"));
    }

    [Theory]
    [InlineData(Kind.Path)]
    [InlineData(Kind.Folder)]
    [InlineData(Kind.Graph)]
    public async Task SaveAsync_TablesAndWorkbookId_OneSaveHoldingBothValidAndParsedBack(Kind kind)
    {
        var (source, id, stored, _) = Place(kind);
        var counting = new CountingWorkbookSource(source);
        var trip = await WorkbookRoundTrip.OpenAsync(counting, _package, id, "portfolio.xlsx", CancellationToken.None);
        Assert.Null(trip.Workbook.Settings.WorkbookId);
        trip.ReplaceTables([Review()]);
        var given = trip.GiveWorkbookId(() => Id);

        var saved = await trip.SaveAsync(CancellationToken.None);

        Assert.Equal((1, 1), (counting.Reads, counting.Saves));
        Assert.Equal((Id, Id), (given, saved!.GivenWorkbookId));
        var bytes = await stored();
        Assert.Equal(saved.Content, bytes);
        Assert.Equal(Id, _package.Parse(bytes, "portfolio.xlsx").Settings.WorkbookId);
        Assert.Equal("I-1", Assert.Single(Assert.Single(_package.ReadTables(bytes, ["Review"], "portfolio.xlsx")).Rows)[0].Text);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Theory]
    [InlineData(Kind.Path)]
    [InlineData(Kind.Folder)]
    [InlineData(Kind.Graph)]
    public async Task SaveAsync_NoWriteCollected_SavesNothing(Kind kind)
    {
        var (source, id, stored, _) = Place(kind);
        var counting = new CountingWorkbookSource(source);
        var trip = await WorkbookRoundTrip.OpenAsync(counting, _package, id, "portfolio.xlsx", CancellationToken.None);
        _ = trip.Workbook;

        Assert.Null(await trip.SaveAsync(CancellationToken.None));

        Assert.Equal(0, counting.Saves);
        Assert.Equal(Unkeyed, await stored());
    }

    private static OutputTable Review() => new("Review", "Review", [new OutputColumn("InitiativeId")], [[CellValue.FromText("I-1")]]);

    private (IWorkbookSource Source, string Id, Func<Task<byte[]>> Stored, Func<byte[], Task> Overwrite) Place(Kind kind)
    {
        switch (kind)
        {
            case Kind.Path:
            case Kind.Folder:
                var path = Path.Combine(_dir, "portfolio.xlsx");
                File.WriteAllBytes(path, Unkeyed);
                IWorkbookSource source = kind == Kind.Path
                    ? new PathWorkbookSource()
                    : new LocalWorkbookSource(Options.Create(new WorkbooksOptions { Directory = _dir }));
                return (source, kind == Kind.Path ? path : "portfolio.xlsx", () => File.ReadAllBytesAsync(path),
                    bytes => File.WriteAllBytesAsync(path, bytes));
            default:
                _graph.AddFile(Drive, Item, Unkeyed);
                return (new GraphWorkbookSource(_client), Drive + "/" + Item, () => Task.FromResult(_graph.File(Drive, Item).Content),
                    bytes =>
                    {
                        _graph.AddFile(Drive, Item, bytes);
                        return Task.CompletedTask;
                    });
        }
    }
}
