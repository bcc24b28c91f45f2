using Microsoft.Extensions.Options;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Application.Tests.Workbooks;

public sealed class WorkbookSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("og-src-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("portfolio.xlsx")]
    [InlineData("b!AbC-12_x/01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K")]
    public void ProblemOf_FileNameOrDriveItem_IsNull(string id) => Assert.Null(WorkbookId.ProblemOf(id));

    [Theory]
    [InlineData("")]
    [InlineData("../x.xlsx")]
    [InlineData("a/b/c")]
    [InlineData("/item")]
    [InlineData("drive/")]
    [InlineData("c:x.xlsx")]
    [InlineData("a\\b")]
    public void ProblemOf_PathLikeOrMalformed_NamesTheProblem(string id) => Assert.NotNull(WorkbookId.ProblemOf(id));

    [Fact]
    public async Task LocalSave_CurrentETag_ReplacesAndAnswersTheNewETag()
    {
        var source = Local();
        File.WriteAllBytes(Path.Combine(_dir, "w.xlsx"), [1, 2, 3]);
        var read = await source.GetAsync("w.xlsx", CancellationToken.None);

        var eTag = await source.SaveAsync("w.xlsx", [4, 5], read.ETag, CancellationToken.None);

        var again = await source.GetAsync("w.xlsx", CancellationToken.None);
        Assert.Equal([4, 5], again.Bytes);
        Assert.Equal(again.ETag, eTag);
        Assert.NotEqual(read.ETag, eTag);
    }

    [Fact]
    public async Task LocalSave_FileChangedSinceRead_ThrowsConflictAndKeepsTheOtherEdit()
    {
        var source = Local();
        var path = Path.Combine(_dir, "w.xlsx");
        File.WriteAllBytes(path, [1, 2, 3]);
        var read = await source.GetAsync("w.xlsx", CancellationToken.None);
        File.WriteAllBytes(path, [9, 9]);

        await Assert.ThrowsAsync<WorkbookConflictException>(() =>
            source.SaveAsync("w.xlsx", [4, 5], read.ETag, CancellationToken.None));

        Assert.Equal([9, 9], File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(_dir, "*.writing"));
    }

    [Fact]
    public async Task LocalGet_DriveItemId_ThrowsNamingTheStoreSetting()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Local().GetAsync("drive/item", CancellationToken.None));

        Assert.Contains("Workbooks:Store", error.Message);
    }

    private LocalWorkbookSource Local() => new(Options.Create(new WorkbooksOptions { Directory = _dir }));
}
