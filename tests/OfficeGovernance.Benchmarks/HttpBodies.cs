using System.Text.Json.Nodes;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// Writes the request bodies of the loopback load test (issue #5, <c>tests/load/run.sh</c>) from a portfolio
/// workbook: <c>review.json</c>, its input tables as the add-in sends them (the TablesJson contract), and
/// <c>classify.json</c>, the classify inputs of one of its initiatives.
/// Run: <c>dotnet run -c Release --project tests/OfficeGovernance.Benchmarks -- http-bodies DIR [WORKBOOK]</c>.
/// </summary>
public static class HttpBodies
{
    /// <summary>The workbook id the review body names; the load test seeds the decision log of this id.</summary>
    public const string WorkbookId = "portfolio.xlsx";

    /// <summary>The sample's as-of date (docs/rules.md#as-of-date-and-periods), fixed so every run reviews the same day.</summary>
    public const string AsOf = "2026-11-20";

    /// <summary>Reads <paramref name="workbookPath"/> and writes both bodies into <paramref name="directory"/>.</summary>
    /// <exception cref="WorkbookValidationException">The workbook is not a valid portfolio.</exception>
    /// <exception cref="InvalidOperationException">No initiative fills every classify input.</exception>
    public static void Write(string directory, string workbookPath)
    {
        var tables = new WorkbookTableReader().Read(workbookPath, PortfolioSchema.InputTableNames);
        var workbook = PortfolioParser.Parse(tables);
        Directory.CreateDirectory(directory);

        var review = new JsonObject
        {
            ["workbookId"] = WorkbookId,
            ["asOf"] = AsOf,
            ["tables"] = new JsonArray(tables.Select(Table).ToArray<JsonNode?>()),
        };
        var reviewPath = Path.Combine(directory, "review.json");
        File.WriteAllText(reviewPath, review.ToJsonString());

        var initiative = workbook.Initiatives.FirstOrDefault(Complete)
            ?? throw new InvalidOperationException($"{workbookPath} has no initiative with every classify input filled in.");
        var classifyPath = Path.Combine(directory, "classify.json");
        File.WriteAllText(classifyPath, Classify(initiative).ToJsonString());

        Console.WriteLine($"{reviewPath}: {tables.Count} tables, {tables.Sum(t => t.Rows.Count)} rows, {new FileInfo(reviewPath).Length:N0} bytes");
        Console.WriteLine($"{classifyPath}: the inputs of {initiative.Id} ({initiative.Name})");
    }

    // The classify endpoint answers any subset; a request with every input is what the add-in's form sends.
    private static bool Complete(Initiative i) =>
        i.DataTouched.Count > 0 && i.Actions.Count > 0 && i.Audience is not null && i.HumanCheckpoint is not null
        && !string.IsNullOrWhiteSpace(i.Owner) && !string.IsNullOrWhiteSpace(i.SuccessMetric);

    private static JsonObject Classify(Initiative i) => new()
    {
        ["dataTouched"] = new JsonArray(i.DataTouched.Select(d => (JsonNode?)EnumLabels<DataCategory>.Label(d)).ToArray()),
        ["actions"] = new JsonArray(i.Actions.Select(a => (JsonNode?)EnumLabels<WorkAction>.Label(a)).ToArray()),
        ["audience"] = EnumLabels<Audience>.Label(i.Audience!.Value),
        ["humanCheckpoint"] = EnumLabels<HumanCheckpoint>.Label(i.HumanCheckpoint!.Value),
        ["owner"] = i.Owner,
        ["successMetric"] = i.SuccessMetric,
    };

    private static JsonNode Table(TableData table) => new JsonObject
    {
        ["name"] = table.Name,
        ["sheet"] = table.SheetName,
        ["firstColumn"] = table.FirstColumn,
        ["headerRow"] = table.HeaderRow,
        ["headers"] = new JsonArray(table.Headers.Select(h => (JsonNode?)h).ToArray()),
        ["rows"] = new JsonArray(table.Rows.Select(row => (JsonNode?)new JsonObject
        {
            ["sheetRow"] = row.SheetRow,
            ["cells"] = new JsonArray(row.Cells.Select(Cell).ToArray()),
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
