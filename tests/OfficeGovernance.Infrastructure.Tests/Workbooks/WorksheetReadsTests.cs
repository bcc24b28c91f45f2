using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

/// <summary>
/// A workbook large enough that its sheets are read at the same time (<see cref="WorksheetReads.ParallelFromBytes"/>)
/// reads exactly as one read sheet after sheet: every value, problems in sheet order, and a damaged part refused
/// with the same problem, never an AggregateException.
/// </summary>
public sealed class WorksheetReadsTests
{
    private const int Rows = 30_000;
    private const int OneSheetRows = 120_000;
    private static readonly Lazy<byte[]> Large = new(() => Build(Rows));
    private static readonly Lazy<byte[]> OneLargeSheet = new(() => Build(OneSheetRows, sheets: 1));

    [Fact]
    public void Read_LargeWorkbook_ReadsEveryValueOfBothSheets()
    {
        Assert.True(Large.Value.Length >= WorksheetReads.ParallelFromBytes, $"{Large.Value.Length} bytes: too small to read in parallel");

        var tables = new WorkbookTableReader().Read(new MemoryStream(Large.Value), ["Second", "First"], "large.xlsx");

        Assert.Equal(["Second", "First"], tables.Select(t => t.Name));
        Assert.All(tables, t => Assert.Equal(Rows, t.Rows.Count));
        var expected = Values(Rows).ToArray();
        foreach (var table in tables)
        {
            var offset = table.Name == "First" ? 0 : 1;
            Assert.All(Enumerable.Range(0, Rows), r =>
                Assert.Equal(expected[r][offset], table.Rows[r][1].Number));
        }
    }

    [Fact]
    public void Read_LargeWorkbookWithBadCellsOnBothSheets_ListsThemInSheetOrder()
    {
        var bytes = XlsxPackage.SetCell(Large.Value, "Second", "Value", 7, XlsxPackage.Raw("seven"));
        bytes = XlsxPackage.SetCell(bytes, "First", "Value", 20_000, XlsxPackage.Raw("twenty thousand"));

        var invalid = Assert.Throws<WorkbookValidationException>(
            () => new WorkbookTableReader().Read(new MemoryStream(bytes), ["Second", "First"], "large.xlsx"));

        Assert.Equal(
            ["First[Value] row 20000 (One!B20001): the number 'twenty thousand' cannot be read",
             "Second[Value] row 7 (Two!B8): the number 'seven' cannot be read"],
            invalid.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_LargeWorkbookWithADamagedSecondSheet_RefusesTheFileNamingIt()
    {
        var bytes = XlsxPackage.CorruptCompressedEntry(Large.Value, "xl/worksheets/sheet2.xml");

        var invalid = Assert.Throws<WorkbookValidationException>(
            () => new WorkbookTableReader().Read(new MemoryStream(bytes), ["First", "Second"], "large.xlsx"));

        var problem = Assert.Single(invalid.Problems);
        Assert.Equal("large.xlsx", problem.Table);
        Assert.Contains("cannot be read", problem.Message);
    }

    [Fact]
    public void Read_SheetLargeEnoughToReadInPieces_ReadsEveryValueAndListsProblemsInSheetOrder()
    {
        var bytes = XlsxPackage.SetCell(OneLargeSheet.Value, "First", "Value", 3, XlsxPackage.Raw("three"));
        bytes = XlsxPackage.SetCell(bytes, "First", "Value", 60_000, XlsxPackage.Raw("sixty thousand"));
        bytes = XlsxPackage.SetCell(bytes, "First", "Value", OneSheetRows, XlsxPackage.Raw("last"));
        Assert.True(SheetXmlBytes(bytes) >= 2L * WorksheetReads.PieceBytes, "the sheet is too small to read in pieces");

        var invalid = Assert.Throws<WorkbookValidationException>(
            () => new WorkbookTableReader().Read(new MemoryStream(bytes), ["First"], "large.xlsx"));
        var table = Assert.Single(new WorkbookTableReader().Read(new MemoryStream(OneLargeSheet.Value), ["First"], "large.xlsx"));

        Assert.Equal(
            ["First[Value] row 3 (One!B4): the number 'three' cannot be read",
             "First[Value] row 60000 (One!B60001): the number 'sixty thousand' cannot be read",
             $"First[Value] row {OneSheetRows} (One!B{OneSheetRows + 1}): the number 'last' cannot be read"],
            invalid.Problems.Select(p => p.ToString()));
        var expected = Values(OneSheetRows).ToArray();
        Assert.Equal(OneSheetRows, table.Rows.Count);
        Assert.All(Enumerable.Range(0, OneSheetRows), r =>
        {
            Assert.Equal(r + 1, table.Rows[r][0].Number);
            Assert.Equal(expected[r][0], table.Rows[r][1].Number);
        });
    }

    private static long SheetXmlBytes(byte[] package)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        return archive.GetEntry("xl/worksheets/sheet1.xml")!.Length;
    }

    private static byte[] Build(int rows, int sheets = 2)
    {
        var columns = new[] { new OutputColumn("Row"), new OutputColumn("Value") };
        var values = Values(rows).ToArray();
        using var output = new MemoryStream();
        new WorkbookTableWriter().Create(output, new[]
        {
            new OutputTable("First", "One", columns, values.Select((v, r) => (IReadOnlyList<CellValue>)[CellValue.FromNumber(r + 1), CellValue.FromNumber(v[0])])),
            new OutputTable("Second", "Two", columns, values.Select((v, r) => (IReadOnlyList<CellValue>)[CellValue.FromNumber(r + 1), CellValue.FromNumber(v[1])])),
        }.Take(sheets).ToList());
        return output.ToArray();
    }

    // Values that do not compress well, so a few tens of thousands of rows make a package above a megabyte.
    private static IEnumerable<double[]> Values(int rows)
    {
        var random = new Random(14);
        for (var r = 0; r < rows; r++)
        {
            yield return [Math.Round(random.NextDouble() * 1e9, 4), Math.Round(random.NextDouble() * 1e9, 4)];
        }
    }
}
