using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Application.Tests.Workbooks;

public sealed class WorkbookRoundTripTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("og-trip-").FullName;
    private readonly OpenXmlWorkbookPackage _package = new();
    private readonly PathWorkbookSource _files = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A real workbook of every portfolio table, written by the package, with the given WorkbookId (none when null).
    private string Workbook(Guid? workbookId)
    {
        var path = Path.Combine(_dir, "portfolio.xlsx");
        File.WriteAllBytes(path, _package.Create(PortfolioTables.ToOutputTables(
            new PortfolioWorkbook { Settings = new PortfolioSettings { WorkbookId = workbookId } })));
        return path;
    }

    private static OutputTable Review() => new("Review", "Review", [new OutputColumn("InitiativeId")], [[CellValue.FromText("I-1")]]);

    [Fact]
    public async Task GiveWorkbookId_AskedTwice_OneIdOneWriteAndTheSaveReportsIt()
    {
        var trip = await WorkbookRoundTrip.OpenFileAsync(_files, _package, Workbook(null), CancellationToken.None);
        var made = 0;
        Guid Make()
        {
            made++;
            return Guid.Parse("6f1c2b9e-0000-4000-8000-000000000031");
        }

        var first = trip.GiveWorkbookId(Make);
        var second = trip.GiveWorkbookId(Guid.NewGuid);
        var saved = await trip.SaveAsync(CancellationToken.None);

        Assert.Equal((first, 1), (second, made));
        Assert.Equal(first, saved!.GivenWorkbookId);
        Assert.Equal(first, _package.ParseSettings(await File.ReadAllBytesAsync(trip.WorkbookId), "p.xlsx").WorkbookId);
    }

    [Fact]
    public async Task GiveWorkbookId_WorkbookHasOne_KeepsItAndCollectsNoWrite()
    {
        var existing = Guid.Parse("6f1c2b9e-0000-4000-8000-000000000032");
        var path = Workbook(existing);
        var before = await File.ReadAllBytesAsync(path);
        var trip = await WorkbookRoundTrip.OpenFileAsync(_files, _package, path, CancellationToken.None);

        var id = trip.GiveWorkbookId(() => throw new InvalidOperationException("no new id is made for a workbook that has one"));

        Assert.Equal(existing, id);
        Assert.False(trip.HasWrites);
        Assert.Null(await trip.SaveAsync(CancellationToken.None));
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task SaveAsync_Twice_SecondRefusedReadAgain()
    {
        var trip = await WorkbookRoundTrip.OpenFileAsync(_files, _package, Workbook(null), CancellationToken.None);
        trip.ReplaceTables([Review()]);
        await trip.SaveAsync(CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => trip.SaveAsync(CancellationToken.None));
        Assert.Throws<InvalidOperationException>(() => trip.ReplaceTables([Review()]));
    }

    [Fact]
    public async Task Edited_WriteCollected_AppliedOnceAndTheSaveWritesTheSameBytes()
    {
        var trip = await WorkbookRoundTrip.OpenFileAsync(_files, _package, Workbook(null), CancellationToken.None);
        trip.ReplaceTables([Review()]);

        var edited = trip.Edited();
        var saved = await trip.SaveAsync(CancellationToken.None);

        Assert.Same(edited, saved!.Content);
        Assert.Equal(edited, await File.ReadAllBytesAsync(trip.WorkbookId));
        Assert.Equal(WorkbookETag.Of(edited), saved.ETag);
    }

    [Fact]
    public async Task OpenFileAsync_MissingFile_ProblemNamingThePath()
    {
        var path = Path.Combine(_dir, "missing.xlsx");

        var error = await Assert.ThrowsAsync<WorkbookValidationException>(
            () => WorkbookRoundTrip.OpenFileAsync(_files, _package, path, CancellationToken.None));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("missing.xlsx", $"the file {path} does not exist"), (problem.Table, problem.Message));
    }
}
