using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.AgentSync;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class OpenXmlWorkbookPackageTests
{
    private static readonly Guid Id = Guid.Parse("0b8e2f4a-6c1d-4f3e-8a5b-7d9c1e3f5a7b");
    private readonly OpenXmlWorkbookPackage _package = new();

    private static OutputTable Table(string name, string sheet, string[] headers, params string?[][] rows) => new(name, sheet,
        headers.Select(h => new OutputColumn(h)).ToArray(),
        rows.Select(r => (IReadOnlyList<CellValue>)r.Select(CellValue.FromText).ToArray()));

    // A Settings table without WorkbookId, an Agents table typed by hand and a user's Notes table.
    private byte[] Workbook() => _package.Create(
    [
        Table("Settings", "Settings", ["Key", "Value"], ["Currency", "USD"]),
        Table("Agents", "Agents", ["AgentId", "Name", "Owner"], ["A-1", "Drafter", null]),
        Table("Notes", "Notes", ["Note"], ["keep me"]),
    ]);

    private IReadOnlyList<TableData> Read(byte[] bytes, params string[] tables) => _package.ReadTables(bytes, tables, "t.xlsx");

    private static void AssertValid(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Apply_EveryKindOfEdit_OnePackageEditHoldingThemAllAndValid()
    {
        var plan = new AgentSyncPlan([], [new AgentCellChange(1, "A-1", "Owner", null, "ann@example.org")], [], [], 0);

        var updated = _package.Apply(Workbook(),
        [
            new ReplaceTablesEdit([Table("Review", "Review", ["InitiativeId", "Verdict"], ["I-1", "Expand"])]),
            new AppendRowsEdit(Table("Notes", "Notes", ["Note"], ["appended"])),
            new ReplaceRowsEdit(Table("Notes", "Notes", ["Note"], ["replaced"]), [1]),
            new AgentSyncEdit(plan),
            new WorkbookIdEdit(Id),
        ], "t.xlsx");

        AssertValid(updated);
        var tables = Read(updated, "Settings", "Agents", "Notes", "Review");
        Assert.Equal(Id, PortfolioParser.ParseSettings(tables).WorkbookId);
        Assert.Equal(["replaced", "appended"], tables.Single(t => t.Name == "Notes").Rows.Select(r => r[0].Text));
        Assert.Equal("ann@example.org", tables.Single(t => t.Name == "Agents").Rows[0][2].Text);
        Assert.Equal([("I-1", "Expand")], tables.Single(t => t.Name == "Review").Rows.Select(r => (r[0].Text, r[1].Text)));
    }

    [Fact]
    public void Apply_TablesThenWorkbookId_ReadsBackAsTheSingleWritersInTurn()
    {
        var workbook = Workbook();
        var review = Table("Review", "Review", ["InitiativeId"], ["I-1"]);

        var once = _package.Apply(workbook, [new ReplaceTablesEdit([review]), new WorkbookIdEdit(Id)], "t.xlsx");
        var inTurn = new WorkbookIdStamp().Write(new WorkbookTableWriter().ReplaceTables(workbook, [review], "t.xlsx"), Id, "t.xlsx");

        string[] names = ["Settings", "Agents", "Notes", "Review"];
        Assert.Equal(Describe(Read(inTurn, names)), Describe(Read(once, names)));
        Assert.Equal(Sheets(inTurn), Sheets(once));
    }

    [Fact]
    public void Apply_NoSettingsTable_WorkbookIdGetsASettingsSheetOfItsOwn()
    {
        var workbook = _package.Create([Table("Notes", "Notes", ["Note"], ["keep me"])]);

        var updated = _package.Apply(workbook, [new WorkbookIdEdit(Id)], "t.xlsx");

        AssertValid(updated);
        var settings = Assert.Single(Read(updated, "Settings"));
        Assert.Equal("Settings", settings.SheetName);
        Assert.Equal(Id, PortfolioParser.ParseSettings([settings]).WorkbookId);
    }

    [Fact]
    public void Apply_NoEdit_ReturnsTheSameBytes()
    {
        var workbook = Workbook();

        Assert.Same(workbook, _package.Apply(workbook, [], "t.xlsx"));
    }

    [Fact]
    public void Apply_OneEditRefused_ThrowsNamingTheTableAndNoBytesComeBack()
    {
        var error = Assert.Throws<WorkbookValidationException>(() => _package.Apply(Workbook(),
            [new WorkbookIdEdit(Id), new AppendRowsEdit(Table("Initiatives", "Initiatives", ["InitiativeId"], ["I-9"]))], "t.xlsx"));

        Assert.Contains("the workbook has no table named Initiatives", error.Message);
    }

    [Fact]
    public void Apply_NotAnXlsx_ThrowsNamingTheLabel()
    {
        var error = Assert.Throws<WorkbookValidationException>(
            () => _package.Apply("not a workbook"u8.ToArray(), [new WorkbookIdEdit(Id)], "w.xlsx"));

        Assert.Equal("w.xlsx", Assert.Single(error.Problems).Table);
    }

    private static string[] Describe(IReadOnlyList<TableData> tables) => tables
        .Select(t => $"{t.Name}@{t.SheetName}: {string.Join("|", t.Headers)} / " +
                     string.Join(";", t.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text ?? c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))))))
        .Order(StringComparer.Ordinal).ToArray();

    private static string[] Sheets(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Select(s => s.Name!.Value!).ToArray();
    }
}
