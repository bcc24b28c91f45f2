using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Functions.Reviews;
using OfficeGovernance.Infrastructure.DecisionLog;

namespace OfficeGovernance.Cli.Tests.Workbooks;

/// <summary>
/// The Review sheet `review --write` writes, read back with the Open XML SDK, and the review answer the add-in writes
/// from, both checked in under addin/test/fixtures: the add-in's test (test/unit/excel/reviewSheetFixture.test.ts)
/// writes that answer through its table writer and must get this sheet (ADR 0031). Fails when either drifts; run
/// with OG_UPDATE_FIXTURES=1 to write them again.
/// </summary>
public sealed class ReviewSheetFixtureTests : IDisposable
{
    private const string SheetFixture = "addin/test/fixtures/review-sheet.json";
    private const string ResponseFixture = "addin/test/fixtures/review-response.json";
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly SampleWorkspace _workspace = new();
    private readonly CliHarness _cli = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task ReviewWrite_Sample_WritesTheCheckedInSheetFromTheCheckedInAnswer()
    {
        var loaded = PortfolioWorkbookFile.Load(_workspace.Workbook);
        var run = await ReviewRun.RunAsync(loaded, new JsonLinesDecisionLogStore(_workspace.DecisionLog),
            new DateOnly(2026, 11, 20), _cli.Time, CancellationToken.None);
        var response = JsonSerializer.Serialize(ReviewJson.ToDocument(run.Review, withSheet: true), Indented) + "\n";

        var result = await _cli.RunAsync("review", "--workbook", _workspace.Workbook, "--as-of", "2026-11-20", "--write");
        Assert.Equal(ExitCodes.Done, result.ExitCode);
        var sheet = ReadReviewSheet(_workspace.Workbook).ToJsonString(Indented) + "\n";

        Check(ResponseFixture, response);
        Check(SheetFixture, sheet);
    }

    private static void Check(string fixture, string actual)
    {
        var path = RepositoryRoot.PathOf(fixture);
        if (Environment.GetEnvironmentVariable("OG_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path) && File.ReadAllText(path) == actual,
            $"{fixture} differs from what the CLI writes: run OG_UPDATE_FIXTURES=1 dotnet test tests/OfficeGovernance.Cli.Tests "
            + "--filter ReviewSheetFixtureTests, then npm --prefix addin test.");
    }

    // The sheet as a user meets it: table, style, and per column its header, width, number format, wrap and the fill
    // of each value that has one; the data rows' values; the charts' type, title, categories and series.
    private static JsonObject ReadReviewSheet(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Review");
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var table = part.TableDefinitionParts.Single().Table!;
        var styles = workbookPart.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToArray();
        var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Skip(1).ToArray();
        var widths = part.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        var headers = table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value!).ToArray();
        var columns = new JsonArray();
        for (var i = 0; i < headers.Length; i++)
        {
            var cells = rows.Select(r => r.Elements<Cell>().FirstOrDefault(c => Column(c) == i)).OfType<Cell>().ToArray();
            var format = formats[(int)(cells.First().StyleIndex?.Value ?? 0)];
            var fills = new JsonObject();
            foreach (var cell in cells)
            {
                if (Fill(styles, formats[(int)(cell.StyleIndex?.Value ?? 0)]) is { } fill)
                {
                    fills[Text(cell)] = fill;
                }
            }
            columns.Add(new JsonObject
            {
                ["header"] = headers[i],
                ["width"] = widths[i + 1],
                ["numberFormat"] = NumberFormat(styles, format.NumberFormatId?.Value ?? 0),
                ["wrap"] = format.Alignment?.WrapText?.Value == true,
                ["fills"] = new JsonObject(fills.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))),
            });
        }
        return new JsonObject
        {
            ["tableName"] = table.Name!.Value,
            ["sheetName"] = sheet.Name!.Value,
            ["tableStyle"] = table.TableStyleInfo!.Name!.Value,
            ["frozenRows"] = (int)(part.Worksheet.Descendants<Pane>().Single().VerticalSplit?.Value ?? 0),
            ["columns"] = columns,
            ["rows"] = new JsonArray(rows.Select(r => (JsonNode)new JsonArray(Enumerable.Range(0, headers.Length)
                .Select(i => Value(r.Elements<Cell>().FirstOrDefault(c => Column(c) == i))).ToArray())).ToArray()),
            ["charts"] = new JsonArray(part.DrawingsPart?.ChartParts.Select(Chart).ToArray() ?? []),
        };
    }

    private static JsonNode Chart(ChartPart chart)
    {
        XNamespace c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        XNamespace a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        using var stream = chart.GetStream();
        var xml = XDocument.Load(stream);
        var series = xml.Descendants(c + "ser").ToArray();
        return new JsonObject
        {
            ["type"] = xml.Descendants(c + "barDir").Single().Attribute("val")!.Value == "col" ? "ColumnClustered" : "BarClustered",
            ["title"] = string.Concat(xml.Descendants(c + "title").Descendants(a + "t").Select(t => t.Value)),
            ["categories"] = series[0].Element(c + "cat")!.Descendants(c + "f").Single().Value,
            ["series"] = new JsonArray(series.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Element(c + "tx")!.Value,
                ["values"] = s.Element(c + "val")!.Descendants(c + "f").Single().Value,
                ["colour"] = s.Element(c + "spPr")!.Descendants(a + "srgbClr").First().Attribute("val")!.Value,
            }).ToArray()),
            ["valueFormat"] = xml.Descendants(c + "valAx").Single().Element(c + "numFmt")!.Attribute("formatCode")!.Value,
        };
    }

    private static int Column(Cell cell)
    {
        var letters = new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
        return letters.Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;
    }

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? string.Empty;

    private static JsonNode? Value(Cell? cell) =>
        cell is null ? null
        : cell.DataType?.Value == CellValues.InlineString ? JsonValue.Create(Text(cell))
        : JsonValue.Create(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));

    private static string NumberFormat(Stylesheet styles, uint id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        4 => "#,##0.00",
        49 => "@",
        _ => styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!,
    };

    private static string? Fill(Stylesheet styles, CellFormat format)
    {
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        var rgb = fill.PatternFill?.PatternType?.Value == PatternValues.Solid ? fill.PatternFill.ForegroundColor?.Rgb?.Value : null;
        return rgb is null ? null : rgb[^6..];
    }
}
