using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>
/// Reads a system sheet back from a written .xlsx with the Open XML SDK into the JSON the add-in's fixture tests compare
/// with (addin/test/fixtures; ADR 0031).
/// </summary>
public static class WrittenSheetJson
{
    /// <summary>
    /// A written system sheet as a user meets it, as JSON: table, style, frozen rows, and per column its header, width,
    /// number format, wrap and the fill of each value that has one; the data rows' values; the charts' type, title,
    /// categories and series; with <paramref name="withPrint"/>, how it prints (orientation, fit to pages, the repeated
    /// rows and the footer's parts, null when the sheet has no page setup).
    /// </summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="sheetName">The sheet holding one system table.</param>
    /// <param name="withPrint">True to read the print setup too.</param>
    public static JsonObject Read(string path, string sheetName, bool withPrint = true)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbookPart = document.WorkbookPart!;
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
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
                    fills[Text(cell, shared)] = fill;
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
        var json = new JsonObject
        {
            ["tableName"] = table.Name!.Value,
            ["sheetName"] = sheet.Name!.Value,
            ["tableStyle"] = table.TableStyleInfo!.Name!.Value,
            ["frozenRows"] = (int)(part.Worksheet.Descendants<Pane>().Single().VerticalSplit?.Value ?? 0),
            ["columns"] = columns,
            ["rows"] = new JsonArray(rows.Select(r => (JsonNode)new JsonArray(Enumerable.Range(0, headers.Length)
                .Select(i => Value(r.Elements<Cell>().FirstOrDefault(c => Column(c) == i), shared)).ToArray())).ToArray()),
            ["charts"] = new JsonArray(part.DrawingsPart?.ChartParts.Select(Chart).ToArray() ?? []),
        };
        if (withPrint)
        {
            var index = workbookPart.Workbook.Sheets!.Elements<Sheet>().ToList().IndexOf(sheet);
            json["print"] = Print(part.Worksheet, workbookPart.Workbook.DefinedNames?.Elements<DefinedName>()
                .SingleOrDefault(n => n.Name?.Value == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == index));
        }
        return json;
    }

    private static JsonNode? Print(Worksheet worksheet, DefinedName? titles)
    {
        if (worksheet.GetFirstChild<PageSetup>() is not { } setup)
        {
            return null;
        }
        var footer = FooterParts(worksheet.GetFirstChild<HeaderFooter>()?.OddFooter?.Text ?? string.Empty);
        return new JsonObject
        {
            ["landscape"] = setup.Orientation?.Value == OrientationValues.Landscape,
            ["fitToPage"] = worksheet.GetFirstChild<SheetProperties>()?.PageSetupProperties?.FitToPage?.Value == true,
            ["pagesWide"] = (int)(setup.FitToWidth?.Value ?? 1),
            ["pagesTall"] = (int)(setup.FitToHeight?.Value ?? 1),
            // The name is 'Sheet'!$A:$B,'Sheet'!$1:$1 (columns only when it has title columns); the add-in sets the
            // rows and the columns each alone on its sheet.
            ["titleRows"] = TitleRange(titles, isRows: true),
            ["titleColumns"] = TitleRange(titles, isRows: false),
            ["overThenDown"] = setup.PageOrder?.Value == PageOrderValues.OverThenDown,
            ["leftFooter"] = footer.GetValueOrDefault('L', string.Empty),
            ["rightFooter"] = footer.GetValueOrDefault('R', string.Empty),
        };
    }

    // The rows ($1:$1) or the columns ($A:$B) part of a print titles name, without its sheet; null when it has none.
    private static string? TitleRange(DefinedName? titles, bool isRows) =>
        titles?.Text.Split(',').Select(part => part[(part.LastIndexOf('!') + 1)..])
            .SingleOrDefault(range => char.IsDigit(range[1]) == isRows);

    // A footer's &L, &C and &R sections, each kept in header and footer codes (&& stays a literal ampersand).
    private static Dictionary<char, string> FooterParts(string text)
    {
        var parts = new Dictionary<char, System.Text.StringBuilder>();
        var section = 'C';
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '&' && i + 1 < text.Length && text[i + 1] is 'L' or 'C' or 'R')
            {
                section = text[++i];
                continue;
            }
            var into = parts.TryGetValue(section, out var b) ? b : parts[section] = new System.Text.StringBuilder();
            into.Append(text[i]);
            if (text[i] == '&' && i + 1 < text.Length)
            {
                into.Append(text[++i]);
            }
        }
        return parts.ToDictionary(p => p.Key, p => p.Value.ToString());
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

    private static string Text(Cell cell, string[] shared) =>
        cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
        : cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? string.Empty;

    private static JsonNode? Value(Cell? cell, string[] shared) =>
        cell is null ? null
        : cell.DataType?.Value is { } type && (type == CellValues.InlineString || type == CellValues.SharedString) ? JsonValue.Create(Text(cell, shared))
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
