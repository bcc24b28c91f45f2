using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class WorkbookTableAppenderTests
{
    private readonly WorkbookTableAppender _appender = new();
    private readonly WorkbookTableReader _reader = new();

    private static byte[] Workbook()
    {
        // The user's own column "Notes" sits between the system's columns; a second sheet holds another table.
        var people = new OutputTable("People", "People",
            [new OutputColumn("Id"), new OutputColumn("Notes"), new OutputColumn("Name")],
            [[CellValue.FromText("P-1"), CellValue.FromText("keep me"), CellValue.FromText("Ada")]]);
        var other = new OutputTable("Other", "Other", [new OutputColumn("X")], [[CellValue.FromNumber(1)]]);
        using var output = new MemoryStream();
        new WorkbookTableWriter().Create(output, [people, other]);
        return output.ToArray();
    }

    private static OutputTable Rows(params (string Id, string Name)[] rows) => new("people", "ignored",
        [new OutputColumn("name"), new OutputColumn("ID")],
        rows.Select(r => (IReadOnlyList<CellValue>)[CellValue.FromText(r.Name), CellValue.FromText(r.Id)]));

    private TableData Read(byte[] bytes, string table) => _reader.Read(new MemoryStream(bytes), [table], "t.xlsx").Single();

    [Fact]
    public void Append_RowsInAnotherColumnOrder_LandBelowByHeaderAndExtendTheTable()
    {
        var updated = _appender.Append(Workbook(), Rows(("P-2", "Grace"), ("P-3", "=1+1")), "t.xlsx");

        var people = Read(updated, "People");
        Assert.Equal(["Id", "Notes", "Name"], people.Headers);
        Assert.Equal(
            [("P-1", "keep me", "Ada"), ("P-2", null, "Grace"), ("P-3", null, "=1+1")],
            people.Rows.Select(r => (r[0].Text, r[1].Text, r[2].Text)));
        Assert.Equal([1d], Read(updated, "Other").Rows.Select(r => r[0].Number));
    }

    [Fact]
    public void Append_FormulaLikeText_IsStoredAsTextNotFormula()
    {
        var updated = _appender.Append(Workbook(), Rows(("P-2", "=HYPERLINK(\"x\")")), "t.xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(updated), false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public void Append_MissingColumn_IsAddedAtTheRightEdge()
    {
        var table = Rows(("P-2", "Grace")) with
        {
            Columns = [new OutputColumn("Name"), new OutputColumn("Id"), new OutputColumn("Source")],
            Rows = [[CellValue.FromText("Grace"), CellValue.FromText("P-2"), CellValue.FromText("inventory.csv")]],
        };

        var people = Read(_appender.Append(Workbook(), table, "t.xlsx"), "People");

        Assert.Equal(["Id", "Notes", "Name", "Source"], people.Headers);
        Assert.Equal([null, "inventory.csv"], people.Rows.Select(r => r[3].Text));
    }

    [Fact]
    public void Append_Result_PassesTheOpenXmlValidator()
    {
        var updated = _appender.Append(Workbook(), Rows(("P-2", "Grace")), "t.xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(updated), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Append_CellBelowTableNotEmpty_RefusesAndNamesTheCell()
    {
        var blocked = Block(Workbook(), "B3");

        var error = Assert.Throws<WorkbookValidationException>(() => _appender.Append(blocked, Rows(("P-2", "Grace")), "t.xlsx"));

        Assert.Contains("B3", error.Problems.Single().Message);
    }

    [Fact]
    public void Append_UnknownTable_Refuses()
    {
        var table = Rows(("P-2", "Grace")) with { Name = "Initiatives" };

        var error = Assert.Throws<WorkbookValidationException>(() => _appender.Append(Workbook(), table, "t.xlsx"));

        Assert.Equal("Initiatives: the workbook has no table named Initiatives", error.Problems.Single().ToString());
    }

    private static byte[] Block(byte[] workbook, string reference)
    {
        using var memory = new MemoryStream();
        memory.Write(workbook);
        using (var document = SpreadsheetDocument.Open(memory, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First(p => p.TableDefinitionParts.Any(t => t.Table.Name == "People"));
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            data.Append(new Row(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text("note")) }) { RowIndex = 3 });
            part.Worksheet.Save();
        }
        return memory.ToArray();
    }
}
