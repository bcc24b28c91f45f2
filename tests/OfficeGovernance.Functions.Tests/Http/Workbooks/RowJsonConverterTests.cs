using System.Text.Json;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Tests.Http.Workbooks;

/// <summary>Table rows read straight into cell values, as the deserializer would read them (issue 23, finding 2).</summary>
public sealed class RowJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new RowJsonConverter() } };

    [Fact]
    public void Read_CellsOfEveryKind_OneArrayOfValuesOfTheirCount()
    {
        var row = JsonSerializer.Deserialize<RowJson>("""{"SheetRow":"7","cells":["DOC-0228",1.5,true,false,null,{"error":"#N/A"},"  "]}""", Options)!;

        Assert.Equal(7, row.SheetRow);
        var cells = Assert.IsType<RowCells>(row.Cells);
        Assert.True(cells.AllValues);
        Assert.Equal(
            [CellValue.FromText("DOC-0228"), CellValue.FromNumber(1.5), CellValue.FromBoolean(true), CellValue.FromBoolean(false),
             CellValue.Empty, CellValue.FromError("#N/A"), CellValue.Empty],
            cells.Values);
    }

    [Fact]
    public void Read_ArrayOrPlainObjectCell_KeptAsNotAValueAndNamedByTablesJson()
    {
        var row = JsonSerializer.Deserialize<RowJson>("""{"sheetRow":2,"cells":[[1,2],{"colour":"red"},"ok"]}""", Options)!;
        var table = new TableJson("Initiatives", "Initiatives", 1, 1, ["InitiativeId", "Name", "Owner"], [row]);

        var cells = Assert.IsType<RowCells>(row.Cells);
        Assert.False(cells.AllValues);
        Assert.Equal([JsonValueKind.Array, JsonValueKind.Object, JsonValueKind.Undefined], cells.Select(c => c.NotAValue));
        var problems = Assert.Throws<WorkbookValidationException>(() => TablesJson.ToTableData([table])).Problems;
        Assert.Equal(["InitiativeId", "Name"], problems.Select(p => p.Column));
        Assert.Equal(["Initiatives!A2", "Initiatives!B2"], problems.Select(p => p.Cell));
    }

    [Fact]
    public void Read_SameShortTextInManyRows_OneSharedString()
    {
        var rows = JsonSerializer.Deserialize<RowJson[]>("""[{"sheetRow":2,"cells":["DOC-0228"]},{"sheetRow":3,"cells":["DOC-0228"]}]""", Options)!;

        Assert.Same(rows[0].Cells![0].Value.Text, rows[1].Cells![0].Value.Text);
    }

    [Fact]
    public void Read_UnknownMember_ThrowsAsTheDeserializerDoes()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RowJson>("""{"sheetRow":2,"cells":[],"note":"x"}""", Options));
    }
}
