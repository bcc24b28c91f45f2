using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class WorkbookIdStampTests
{
    private static readonly Guid Id = Guid.Parse("0b8e2f4a-6c1d-4f3e-8a5b-7d9c1e3f5a7b");
    private readonly WorkbookIdStamp _stamp = new();

    private static byte[] Workbook(params OutputTable[] tables)
    {
        using var output = new MemoryStream();
        new WorkbookTableWriter().Create(output, tables);
        return output.ToArray();
    }

    private static OutputTable Table(string name, string sheet, string[] headers, params string?[][] rows) => new(name, sheet,
        headers.Select(h => new OutputColumn(h)).ToArray(),
        rows.Select(r => (IReadOnlyList<CellValue>)r.Select(CellValue.FromText).ToArray()));

    private static OutputTable Other(string sheet = "Other") => Table("Other", sheet, ["X"], ["kept"]);

    private static IReadOnlyList<TableData> Read(byte[] bytes) =>
        new WorkbookTableReader().Read(new MemoryStream(bytes), ["Settings", "Other"], "t.xlsx");

    [Fact]
    public void Write_SettingsTableWithUserColumn_AppendsTheRowAndKeepsTheRest()
    {
        var settings = Table("Settings", "Config", ["Key", "Notes", "Value"], ["Currency", "set by finance", "EUR"]);

        var updated = _stamp.Write(Workbook(settings, Other()), Id, "t.xlsx");

        var tables = Read(updated);
        var read = tables.Single(t => t.Name == "Settings");
        Assert.Equal("Config", read.SheetName);
        Assert.Equal([("Currency", "set by finance", "EUR"), ("WorkbookId", null, "0b8e2f4a-6c1d-4f3e-8a5b-7d9c1e3f5a7b")],
            read.Rows.Select(r => (r[0].Text, r[1].Text, r[2].Text)));
        Assert.Equal(Id, PortfolioParser.ParseSettings(tables).WorkbookId);
        Assert.Equal(["kept"], tables.Single(t => t.Name == "Other").Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void Write_NoSettingsTable_CreatesOneOnItsOwnSheet()
    {
        var updated = _stamp.Write(Workbook(Other()), Id, "t.xlsx");

        var tables = Read(updated);
        Assert.Equal("Settings", tables.Single(t => t.Name == "Settings").SheetName);
        Assert.Equal(Id, PortfolioParser.ParseSettings(tables).WorkbookId);
        Assert.Equal(["kept"], tables.Single(t => t.Name == "Other").Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void Write_UserSheetNamedSettingsWithoutTheTable_LeavesThatSheetAlone()
    {
        var updated = _stamp.Write(Workbook(Other(sheet: "Settings")), Id, "t.xlsx");

        var tables = Read(updated);
        Assert.Equal("WorkbookSettings", tables.Single(t => t.Name == "Settings").SheetName);
        var other = tables.Single(t => t.Name == "Other");
        Assert.Equal(("Settings", "kept"), (other.SheetName, other.Rows.Single()[0].Text));
    }

    [Fact]
    public void Write_NotAnXlsx_ThrowsNamingTheFile()
    {
        var failure = Assert.Throws<WorkbookValidationException>(() => _stamp.Write("Key,Value\n"u8.ToArray(), Id, "t.xlsx"));

        Assert.Contains("t.xlsx", Assert.Single(failure.Problems).ToString());
    }
}
