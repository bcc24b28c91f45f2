using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Writes one <see cref="OutputTable"/> into an empty worksheet part with the SAX writer, as its
/// <see cref="SheetLayout"/> says (the layout the add-in receives too; ADR 0031): a frozen header row, column widths,
/// the rows (streamed once) with their number formats, wrap and value fills, a real Excel table over them starting at
/// A1 in the layout's table style, the layout's charts to the right of the table and its print setup. Text is always written as an
/// string (shared when a <see cref="SharedStringCollector"/> is given, else inline), never as a formula, whatever it
/// starts with (docs/rules.md#written-workbooks).
/// </summary>
internal static class WorksheetTableWriter
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Writes the sheet and its table definition.</summary>
    /// <param name="part">An empty worksheet part.</param>
    /// <param name="table">The table.</param>
    /// <param name="tableId">The workbook-unique table id.</param>
    /// <param name="styles">The workbook's styles.</param>
    /// <param name="sharedStrings">Where text goes; null for inline strings.</param>
    /// <param name="print">How the sheet prints; null for the layout's <see cref="SheetLayout.Print"/> (the application's
    /// defaults when that is null too). The caller adds the workbook's print titles name.</param>
    /// <exception cref="ArgumentException">A row has more values than the table has columns, or a number is not finite.</exception>
    public static void Write(
        WorksheetPart part, OutputTable table, uint tableId, WorkbookStyleCatalog styles, SharedStringCollector? sharedStrings,
        PrintSetup? print = null)
    {
        var layout = SheetLayout.Of(table, styles.Currency);
        print ??= layout.Print is { } own ? new PrintSetup(own) : null;
        var widths = layout.Columns.Select(c => c.Width).ToArray();
        var tablePart = part.AddNewPart<TableDefinitionPart>();
        var drawing = layout.Charts.Count == 0 ? null : part.AddNewPart<DrawingsPart>();
        var charts = new TableCharts(layout);
        var letters = Enumerable.Range(1, table.Columns.Count).Select(CellAddress.ColumnLetters).ToArray();
        int lastRow;
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", RelationshipNamespace)]);
            if (print is not null)
            {
                writer.WriteElement(PrintSetup.Properties());
            }
            writer.WriteElement(FrozenHeader());
            writer.WriteElement(Fixed(widths));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, letters, table.Columns.Select(c => CellValue.FromText(c.Header)).ToList(), null, null, styles, sharedStrings);
            lastRow = 1;
            foreach (var row in table.Rows)
            {
                if (row.Count > table.Columns.Count)
                {
                    throw new ArgumentException($"A row of table {table.Name} has {row.Count} values for {table.Columns.Count} columns.", nameof(table));
                }
                WriteRow(writer, ++lastRow, letters, row, table.Columns, layout.Columns, styles, sharedStrings, widths);
                charts.Add(row);
            }
            writer.WriteEndElement();
            foreach (var element in print?.Elements() ?? [])
            {
                writer.WriteElement(element);
            }
            if (drawing is not null)
            {
                writer.WriteElement(new Drawing { Id = part.GetIdOfPart(drawing) });
            }
            writer.WriteElement(new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 });
            writer.WriteEndElement();
        }
        // Excel needs at least one data row below the header; an empty table keeps one blank row, as Excel itself does.
        var reference = $"A1:{letters[^1]}{Math.Max(lastRow, 2)}";
        tablePart.Table = Definition(table, layout.TableStyle, tableId, reference);
        tablePart.Table.Save();
        if (drawing is not null)
        {
            charts.Draw(drawing, layout.SheetName);
        }
    }

    private static void WriteRow(
        OpenXmlWriter writer, int rowNumber, string[] letters, IReadOnlyList<CellValue> values,
        IReadOnlyList<OutputColumn>? columns, IReadOnlyList<ColumnLayout>? layout, WorkbookStyleCatalog styles,
        SharedStringCollector? sharedStrings, IReadOnlyList<double>? widths = null)
    {
        var rowText = rowNumber.ToString(CultureInfo.InvariantCulture);
        var rowAttributes = new List<OpenXmlAttribute>(3) { new("r", string.Empty, rowText) };
        if (columns is not null && WrappedRowHeight.Of(values, columns, widths) is { } height)
        {
            rowAttributes.Add(new OpenXmlAttribute("ht", string.Empty, height.ToString(CultureInfo.InvariantCulture)));
            rowAttributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
        }
        writer.WriteStartElement(new Row(), rowAttributes);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value.IsEmpty)
            {
                continue;
            }
            var attributes = new List<OpenXmlAttribute>(3) { new("r", string.Empty, letters[i] + rowText) };
            var style = layout is null ? 0 : styles.StyleFor(layout[i], value);
            if (style != 0)
            {
                attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
            }
            WriteCell(writer, value, attributes, sharedStrings);
        }
        writer.WriteEndElement();
    }

    private static void WriteCell(
        OpenXmlWriter writer, CellValue value, List<OpenXmlAttribute> attributes, SharedStringCollector? sharedStrings)
    {
        switch (value.Kind)
        {
            case CellKind.Number:
                if (!double.IsFinite(value.Number))
                {
                    throw new ArgumentException($"The number {value.Number} cannot be stored in a workbook cell.", nameof(value));
                }
                writer.WriteStartElement(new Cell(), attributes);
                writer.WriteElement(new XmlCellValue(value.Number.ToString("R", CultureInfo.InvariantCulture)));
                break;
            case CellKind.Boolean:
                attributes.Add(new OpenXmlAttribute("t", string.Empty, "b"));
                writer.WriteStartElement(new Cell(), attributes);
                writer.WriteElement(new XmlCellValue(value.Number != 0 ? "1" : "0"));
                break;
            case CellKind.Error:
                attributes.Add(new OpenXmlAttribute("t", string.Empty, "e"));
                writer.WriteStartElement(new Cell(), attributes);
                writer.WriteElement(new XmlCellValue(value.Text ?? "#N/A"));
                break;
            default:
                if (sharedStrings is not null)
                {
                    attributes.Add(new OpenXmlAttribute("t", string.Empty, "s"));
                    writer.WriteStartElement(new Cell(), attributes);
                    var index = sharedStrings.IndexOf(CellText.XmlSafe(value.Text ?? string.Empty));
                    writer.WriteElement(new XmlCellValue(index.ToString(CultureInfo.InvariantCulture)));
                    break;
                }
                attributes.Add(new OpenXmlAttribute("t", string.Empty, "inlineStr"));
                writer.WriteStartElement(new Cell(), attributes);
                writer.WriteElement(new InlineString(new Text(CellText.XmlSafe(value.Text ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve }));
                break;
        }
        writer.WriteEndElement();
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        WorkbookViewId = 0,
    });

    private static Columns Fixed(IReadOnlyList<double> widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Count; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }
        return columns;
    }

    private static Table Definition(OutputTable table, string style, uint id, string reference)
    {
        var columns = new TableColumns { Count = (uint)table.Columns.Count };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            columns.Append(new TableColumn { Id = (uint)(i + 1), Name = table.Columns[i].Header });
        }
        return new Table(
            new AutoFilter { Reference = reference },
            columns,
            new TableStyleInfo
            {
                Name = style,
                ShowFirstColumn = false,
                ShowLastColumn = false,
                ShowRowStripes = true,
                ShowColumnStripes = false,
            })
        {
            Id = id,
            Name = table.Name,
            DisplayName = table.Name,
            Reference = reference,
            TotalsRowShown = false,
        };
    }
}
