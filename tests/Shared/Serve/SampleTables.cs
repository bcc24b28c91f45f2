using System.Text.Json.Nodes;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Cli.Samples;

namespace OfficeGovernance.Tests.Shared.Serve;

/// <summary>The sample portfolio's input tables as the add-in sends them (the TableData JSON contract).</summary>
public static class SampleTables
{
    public static JsonArray Json() => new(PortfolioTables.ToOutputTables(SamplePortfolioGenerator.Generate().Workbook)
        .Select(Table).ToArray<JsonNode?>());

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        new OfficeGovernance.Infrastructure.Workbooks.WorkbookTableWriter().Create(
            stream, PortfolioTables.ToOutputTables(SamplePortfolioGenerator.Generate().Workbook));
        return stream.ToArray();
    }

    private static JsonNode Table(OutputTable table) => new JsonObject
    {
        ["name"] = table.Name,
        ["sheet"] = table.SheetName,
        ["firstColumn"] = 1,
        ["headerRow"] = 1,
        ["headers"] = new JsonArray(table.Columns.Select(c => (JsonNode?)c.Header).ToArray()),
        ["rows"] = new JsonArray(table.Rows.Select((cells, i) => (JsonNode?)new JsonObject
        {
            ["sheetRow"] = i + 2,
            ["cells"] = new JsonArray(cells.Select(Cell).ToArray()),
        }).ToArray()),
    };

    private static JsonNode? Cell(CellValue cell) => cell.Kind switch
    {
        CellKind.Empty => null,
        CellKind.Number => JsonValue.Create(cell.Number),
        CellKind.Boolean => JsonValue.Create(cell.Number != 0),
        CellKind.Error => new JsonObject { ["error"] = cell.Text },
        _ => JsonValue.Create(cell.Text),
    };
}
