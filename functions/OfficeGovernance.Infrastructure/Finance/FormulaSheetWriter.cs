using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using XmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// Writes a small sheet of the finance report: a few lines of text above one real Excel table whose cells may be
/// formulas with cached values, a frozen header and filter, and optionally a drawing. Text goes through
/// <see cref="CellText"/> as inline strings, as the review's tables do.
/// </summary>
internal sealed class FormulaSheetWriter(WorkbookStyleCatalog styles)
{
    /// <summary>Writes the sheet.</summary>
    /// <param name="part">An empty worksheet part.</param>
    /// <param name="preamble">Lines of text in column A above the table (rows 1..n); a blank line follows them when there are any.</param>
    /// <param name="table">The table's name, headers and rows (its header row follows the preamble).</param>
    /// <param name="widths">Column widths, in characters.</param>
    /// <param name="tableId">The workbook-unique table id.</param>
    /// <param name="drawing">A drawing part of <paramref name="part"/> to show on the sheet; null for none.</param>
    /// <param name="print">How the sheet prints.</param>
    /// <returns>The table's header row number.</returns>
    public int Write(
        WorksheetPart part, IReadOnlyList<string> preamble, FormulaTable table, IReadOnlyList<double> widths,
        uint tableId, DrawingsPart? drawing, PrintSetup print)
    {
        var headerRow = HeaderRow(preamble);
        var data = new SheetData();
        var last = CellAddress.ColumnLetters(table.Headers.Count);
        var merged = new MergeCells();
        for (var i = 0; i < preamble.Count; i++)
        {
            // A preamble line spans the table's width and wraps there, its row as tall as its lines, so that it
            // neither runs past the printed page nor under a chart.
            var row = RowOf(i + 1, [FormulaCell.Text(preamble[i]) with { Format = ColumnFormat.WrappedText }]);
            row.Height = LinesOf(preamble[i], widths) * LineHeight + 3;
            row.CustomHeight = true;
            data.Append(row);
            merged.Append(new MergeCell { Reference = $"A{i + 1}:{last}{i + 1}" });
        }
        data.Append(RowOf(headerRow, table.Headers.Select(h => FormulaCell.Text(h.Header)).ToArray()));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            data.Append(RowOf(headerRow + 1 + i, table.Rows[i]));
        }
        var worksheet = new Worksheet(PrintSetup.Properties(), Frozen(headerRow), Columns(widths), data);
        if (merged.HasChildren)
        {
            merged.Count = (uint)merged.ChildElements.Count;
            worksheet.Append(merged);
        }
        worksheet.Append(print.Elements());
        if (drawing is not null)
        {
            worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawing) });
        }
        var tablePart = part.AddNewPart<TableDefinitionPart>();
        worksheet.Append(new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 });
        part.Worksheet = worksheet;
        part.Worksheet.Save();
        var reference = $"A{headerRow}:{last}{headerRow + Math.Max(table.Rows.Count, 1)}";
        tablePart.Table = Definition(table, tableId, reference);
        tablePart.Table.Save();
        return headerRow;
    }

    /// <summary>The header row under <paramref name="preamble"/>: row 1 without one, else after it and a blank row.</summary>
    public static int HeaderRow(IReadOnlyList<string> preamble) => preamble.Count == 0 ? 1 : preamble.Count + 2;

    // Points per wrapped line of 11-point Calibri, and how many characters of it a column width unit holds.
    private const double LineHeight = 15, CharactersPerWidth = 1.1;

    private static int LinesOf(string text, IReadOnlyList<double> widths) =>
        Math.Max(1, (int)Math.Ceiling(text.Length / (widths.Sum() * CharactersPerWidth)));

    private Row RowOf(int number, IReadOnlyList<FormulaCell> cells)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Value.IsEmpty && cell.Formula is null)
            {
                continue;
            }
            var xml = new Cell { CellReference = CellAddress.ColumnLetters(i + 1) + number.ToString(CultureInfo.InvariantCulture) };
            var style = styles.StyleFor(cell.Format, cell.Value);
            if (style != 0)
            {
                xml.StyleIndex = style;
            }
            if (cell.Formula is not null)
            {
                xml.CellFormula = new CellFormula(cell.Formula);
            }
            if (cell.Value.Kind == CellKind.Number)
            {
                xml.CellValue = new XmlCellValue(cell.Value.Number.ToString("R", CultureInfo.InvariantCulture));
            }
            else if (cell.Formula is not null)
            {
                xml.DataType = CellValues.String;
                xml.CellValue = new XmlCellValue(CellText.XmlSafe(cell.Value.Text ?? string.Empty));
            }
            else
            {
                xml.DataType = CellValues.InlineString;
                xml.InlineString = new InlineString(new Text(CellText.XmlSafe(cell.Value.Text ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve });
            }
            row.Append(xml);
        }
        return row;
    }

    private static SheetViews Frozen(int headerRow)
    {
        var below = "A" + (headerRow + 1).ToString(CultureInfo.InvariantCulture);
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = below, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = below, SequenceOfReferences = new ListValue<StringValue> { InnerText = below } })
        {
            WorkbookViewId = 0,
        });
    }

    private static Columns Columns(IReadOnlyList<double> widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Count; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }
        return columns;
    }

    private static Table Definition(FormulaTable table, uint id, string reference)
    {
        var columns = new TableColumns { Count = (uint)table.Headers.Count };
        for (var i = 0; i < table.Headers.Count; i++)
        {
            columns.Append(new TableColumn { Id = (uint)(i + 1), Name = table.Headers[i].Header });
        }
        return new Table(
            new AutoFilter { Reference = reference },
            columns,
            new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true, ShowFirstColumn = false, ShowLastColumn = false, ShowColumnStripes = false })
        {
            Id = id, Name = table.Name, DisplayName = table.Name, Reference = reference, TotalsRowShown = false,
        };
    }
}

/// <summary>A table of formula cells: its name, headers and rows.</summary>
internal sealed record FormulaTable(string Name, IReadOnlyList<OutputColumn> Headers, IReadOnlyList<IReadOnlyList<FormulaCell>> Rows);
