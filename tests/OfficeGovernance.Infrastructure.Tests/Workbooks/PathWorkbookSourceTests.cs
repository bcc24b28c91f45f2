using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class PathWorkbookSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("og-path-").FullName;
    private readonly PathWorkbookSource _source = new();

    private string Workbook => Path.Combine(_dir, "w.xlsx");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task GetAsync_File_AnswersItsBytesAndTheirSha256ETag()
    {
        await File.WriteAllBytesAsync(Workbook, [1, 2, 3]);

        var read = await _source.GetAsync(Workbook, CancellationToken.None);

        Assert.Equal([1, 2, 3], read.Bytes);
        Assert.Equal(WorkbookETag.Of([1, 2, 3]), read.ETag);
    }

    [Fact]
    public async Task GetAsync_MissingFile_ThrowsFileNotFoundNamingThePath()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => _source.GetAsync(Workbook, CancellationToken.None));

        Assert.Equal($"the file {Workbook} does not exist", error.Message);
    }

    [Fact]
    public async Task SaveAsync_CurrentETag_ReplacesInOneMoveAndAnswersTheNewETag()
    {
        await File.WriteAllBytesAsync(Workbook, [1, 2, 3]);
        var read = await _source.GetAsync(Workbook, CancellationToken.None);

        var eTag = await _source.SaveAsync(Workbook, [4, 5], read.ETag, CancellationToken.None);

        Assert.Equal([4, 5], await File.ReadAllBytesAsync(Workbook));
        Assert.Equal(WorkbookETag.Of([4, 5]), eTag);
        Assert.False(File.Exists(Workbook + ".writing"));
    }

    [Fact]
    public async Task SaveAsync_FileChangedSinceRead_ThrowsConflictAndKeepsTheOtherEdit()
    {
        await File.WriteAllBytesAsync(Workbook, [1, 2, 3]);
        var read = await _source.GetAsync(Workbook, CancellationToken.None);
        await File.WriteAllBytesAsync(Workbook, [9, 9]);

        var error = await Assert.ThrowsAsync<WorkbookConflictException>(
            () => _source.SaveAsync(Workbook, [4, 5], read.ETag, CancellationToken.None));

        Assert.Equal(Workbook, error.WorkbookId);
        Assert.Equal([9, 9], await File.ReadAllBytesAsync(Workbook));
        Assert.False(File.Exists(Workbook + ".writing"));
    }

    [Fact]
    public async Task SaveAsync_AnotherWriteUnderWay_ThrowsNamingTheTemporaryFileAndLeavesBothAlone()
    {
        await File.WriteAllBytesAsync(Workbook, [1, 2, 3]);
        var read = await _source.GetAsync(Workbook, CancellationToken.None);
        await File.WriteAllTextAsync(Workbook + ".writing", "another writer");

        var error = await Assert.ThrowsAsync<IOException>(
            () => _source.SaveAsync(Workbook, [4, 5], read.ETag, CancellationToken.None));

        Assert.Contains($"{Workbook}.writing exists: another command is writing {Workbook}", error.Message);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Workbook));
        Assert.Equal("another writer", await File.ReadAllTextAsync(Workbook + ".writing"));
    }
}
