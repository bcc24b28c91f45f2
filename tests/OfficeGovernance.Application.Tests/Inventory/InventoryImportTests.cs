using OfficeGovernance.Application.Inventory;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Infrastructure.Inventory;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Application.Tests.Inventory;

public sealed class InventoryImportTests : IDisposable
{
    private static readonly string Dhs2024 = RepositoryRoot.PathOf("tests/data/federal-inventories/DHS_24_1216_ocio_2024-dhs-ai-use-case-inventory.csv");

    private readonly string _folder = Directory.CreateTempSubdirectory("og-import-").FullName;
    private readonly OpenXmlWorkbookPackage _package = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Workbook => Path.Combine(_folder, "portfolio.xlsx");

    private InventoryImport Import(IWorkbookFiles files) => new(new InventoryFiles(), _package, files);

    [Fact]
    public async Task RunAsync_MissingWorkbook_CreatesItWithEveryUseCaseAndAWorkbookId()
    {
        var id = Guid.Parse("6f1c2b9e-0000-4000-8000-000000000001");

        var outcome = await Import(new LocalWorkbookFiles()).RunAsync(Dhs2024, Workbook, () => id, CancellationToken.None);

        Assert.True(outcome.Created);
        var written = PortfolioWorkbookFile.Load(Workbook).Workbook;
        Assert.Equal(outcome.Plan.New.Count, written.Initiatives.Count);
        Assert.Equal(id, written.Settings.WorkbookId);
    }

    [Fact]
    public async Task RunAsync_SameInventoryTwice_AddsNothingAndKeepsTheWorkbookId()
    {
        var first = Guid.Parse("6f1c2b9e-0000-4000-8000-000000000002");
        await Import(new LocalWorkbookFiles()).RunAsync(Dhs2024, Workbook, () => first, CancellationToken.None);

        var again = await Import(new LocalWorkbookFiles()).RunAsync(Dhs2024, Workbook, () => Guid.NewGuid(), CancellationToken.None);

        Assert.False(again.Created);
        Assert.Empty(again.Plan.New);
        Assert.Equal(first, PortfolioWorkbookFile.Load(Workbook).Workbook.Settings.WorkbookId);
    }

    [Fact]
    public async Task RunAsync_WorkbookEditedBetweenReadAndSave_RefusedAndTheEditStands()
    {
        await Import(new LocalWorkbookFiles()).RunAsync(Dhs2024, Workbook, Guid.NewGuid, CancellationToken.None);
        var edited = await File.ReadAllBytesAsync(Workbook);
        edited[^1] ^= 0x01; // any other content: the import must not save over it
        var files = new LocalWorkbookFiles(new EditedAfterRead(Workbook, edited));

        await Assert.ThrowsAsync<WorkbookConflictException>(() => Import(files).RunAsync(Dhs2024, Workbook, Guid.NewGuid, CancellationToken.None));

        Assert.Equal(edited, await File.ReadAllBytesAsync(Workbook));
        Assert.False(File.Exists(Workbook + ".writing"));
    }

    /// <summary>The real files by path, with another writer's save landing right after the import has read the workbook.</summary>
    private sealed class EditedAfterRead(string path, byte[] edit) : IWorkbookSource
    {
        private readonly PathWorkbookSource _files = new();

        public async Task<WorkbookFile> GetAsync(string workbookId, CancellationToken cancellationToken)
        {
            var read = await _files.GetAsync(workbookId, cancellationToken);
            await File.WriteAllBytesAsync(path, edit, cancellationToken);
            return read;
        }

        public Task<string> SaveAsync(string workbookId, byte[] content, string ifMatchETag, CancellationToken cancellationToken) =>
            _files.SaveAsync(workbookId, content, ifMatchETag, cancellationToken);
    }
}
