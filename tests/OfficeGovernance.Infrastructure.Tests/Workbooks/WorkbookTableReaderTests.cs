using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class WorkbookTableReaderTests
{
    private readonly WorkbookTableReader _reader = new();

    private IReadOnlyList<TableData> ReadFixture(string file, params string[] tables) =>
        _reader.Read(FixtureFiles.PathOf(file), tables);

    private static CellValue[] Cells(TableData table, TableRow row) =>
        Enumerable.Range(0, table.Headers.Count).Select(i => row[i]).ToArray();

    [Fact]
    public void Read_ExcelStyleFixture_ReturnsExactValues()
    {
        var table = Assert.Single(ReadFixture(WorkbookFixtureGenerator.ExcelStyleFile, "Initiatives"));

        Assert.Equal(["InitiativeId", "Name", "LaunchDate", "HumanApproval", "Status", "Budget", "MyNotes"], table.Headers);
        Assert.Equal([4, 5, 6], table.Rows.Select(r => r.SheetRow));
        Assert.Equal(
            [
                CellValue.FromText("INI-1"), CellValue.FromText("Claims triage"), CellValue.FromNumber(45366),
                CellValue.FromBoolean(true), CellValue.FromText("Active"), CellValue.FromNumber(1234.5), CellValue.FromText("keep me"),
            ],
            Cells(table, table.Rows[0]));
        Assert.Equal(
            [
                CellValue.FromText("INI-2"), CellValue.FromText(" padded "), CellValue.Empty,
                CellValue.FromBoolean(false), CellValue.FromError("#N/A"), CellValue.FromNumber(0), CellValue.Empty,
            ],
            Cells(table, table.Rows[1]));
        Assert.All(Cells(table, table.Rows[2]), c => Assert.True(c.IsEmpty));
    }

    [Fact]
    public void Read_TableAtOffset_ReportsSheetPosition()
    {
        var table = Assert.Single(ReadFixture(WorkbookFixtureGenerator.ExcelStyleFile, "Initiatives"));

        Assert.Equal(("Portfolio", 2, 3), (table.SheetName, table.FirstColumn, table.HeaderRow));
        Assert.Equal("Portfolio!D4", table.Address(4, 2));
    }

    [Fact]
    public void Read_NamesInAnyCase_FindsTablesOnAnySheetInRequestedOrder()
    {
        var tables = ReadFixture(WorkbookFixtureGenerator.ExcelStyleFile, "usernotes", "SPEND", "initiatives");

        Assert.Equal(["UserNotes", "Spend", "Initiatives"], tables.Select(t => t.Name));
        Assert.Equal(["Notes", "Money", "Portfolio"], tables.Select(t => t.SheetName));
    }

    [Fact]
    public void Read_TableWithTotalsRow_ExcludesTotals()
    {
        var spend = Assert.Single(ReadFixture(WorkbookFixtureGenerator.ExcelStyleFile, "Spend"));

        Assert.Equal([2, 3], spend.Rows.Select(r => r.SheetRow));
        Assert.Equal([45370d, 45371d], spend.Rows.Select(r => r[0].Number));
        Assert.Equal([100d, 250.25], spend.Rows.Select(r => r[1].Number));
    }

    [Fact]
    public void Read_AbsentOrUnrequestedTables_AreNotReturned()
    {
        var tables = ReadFixture(WorkbookFixtureGenerator.ExcelStyleFile, "Agents", "Spend");

        Assert.Equal(["Spend"], tables.Select(t => t.Name));
    }

    [Fact]
    public void Read_MergedCellsInsideTable_ReportsOnlyThoseInside()
    {
        var error = Assert.Throws<WorkbookValidationException>(() => ReadFixture(WorkbookFixtureGenerator.MergedCellsFile, "Initiatives"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("Initiatives", problem.Table);
        Assert.Equal("Data!A3", problem.Cell);
        Assert.Equal(2, problem.Row);
        Assert.Contains("merged cells A3:B3 inside table Initiatives", problem.Message);
    }

    [Fact]
    public void Read_NonSeekableStream_ReadsTheSame()
    {
        var bytes = FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile);
        using var stream = new ForwardOnlyStream(bytes);

        var table = Assert.Single(_reader.Read(stream, ["Spend"], "excel-style.xlsx"));

        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void Read_CsvFile_ThrowsNamingTheFile()
    {
        var csv = "InitiativeId,Name\nINI-1,Claims\n"u8.ToArray();

        var error = Assert.Throws<WorkbookValidationException>(() => _reader.Read(new MemoryStream(csv), ["Initiatives"], "portfolio.csv"));

        Assert.Equal("portfolio.csv", Assert.Single(error.Problems).Table);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
