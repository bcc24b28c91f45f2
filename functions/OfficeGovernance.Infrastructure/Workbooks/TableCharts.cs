using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Finance;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// The charts of a <see cref="SheetLayout"/> as the package writer draws them: it collects each chart's categories and
/// series values while the table's rows stream past (the chart parts cache them for viewers that do not recalculate),
/// then draws every chart to the right of the table with one empty column between, from its first row, each
/// <see cref="ChartLayout.WidthInColumns"/> columns wide and <see cref="ChartLayout.HeightInRows"/> rows tall, the
/// next one beside it. The add-in places its charts the same way.
/// </summary>
internal sealed class TableCharts
{
    private readonly SheetLayout _layout;
    private readonly List<string>[] _categories;
    private readonly List<double>[][] _values;

    public TableCharts(SheetLayout layout)
    {
        _layout = layout;
        _categories = layout.Charts.Select(_ => new List<string>()).ToArray();
        _values = layout.Charts.Select(c => c.Series.Select(_ => new List<double>()).ToArray()).ToArray();
    }

    /// <summary>Takes one data row's categories and values.</summary>
    public void Add(IReadOnlyList<CellValue> row)
    {
        for (var c = 0; c < _layout.Charts.Count; c++)
        {
            var chart = _layout.Charts[c];
            var category = At(row, chart.CategoryColumn);
            _categories[c].Add(category.Kind == CellKind.Number
                ? category.Number.ToString("R", CultureInfo.InvariantCulture)
                : category.Text ?? string.Empty);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = At(row, chart.Series[s].Column);
                _values[c][s].Add(value.Kind == CellKind.Number ? value.Number : 0);
            }
        }
    }

    /// <summary>Writes the charts into <paramref name="drawing"/>, over ranges of the sheet <paramref name="sheetName"/>.</summary>
    public void Draw(DrawingsPart drawing, string sheetName)
    {
        var sheet = sheetName.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') ? sheetName : $"'{sheetName.Replace("'", "''")}'";
        var last = Math.Max(_categories.FirstOrDefault()?.Count ?? 0, 1) + 1;
        string Range(string header) =>
            $"{sheet}!${Letters(header)}$2:${Letters(header)}${last}";
        var definitions = _layout.Charts.Select((chart, c) => new ChartDefinition(
            chart.Title, Range(chart.CategoryColumn), _categories[c], DateCategories: false,
            chart.Series.Select((series, s) => new ChartSeries(
                null, series.Name, Range(series.Column), _values[c][s], series.Colour)).ToArray(),
            chart.ValueFormat)).ToArray();
        var left = _layout.Columns.Count + 1;
        var anchors = definitions.Select((_, i) => new ChartAnchor(
            left + i * ChartLayout.WidthInColumns, 0, left + (i + 1) * ChartLayout.WidthInColumns, ChartLayout.HeightInRows)).ToArray();
        ChartDrawingWriter.Fill(drawing, definitions, anchors);
    }

    private string Letters(string header) => CellAddress.ColumnLetters(Index(header) + 1);

    private CellValue At(IReadOnlyList<CellValue> row, string header)
    {
        var index = Index(header);
        return index < row.Count ? row[index] : CellValue.Empty;
    }

    private int Index(string header)
    {
        for (var i = 0; i < _layout.Columns.Count; i++)
        {
            if (string.Equals(_layout.Columns[i].Header, header, StringComparison.Ordinal))
            {
                return i;
            }
        }
        throw new ArgumentException($"Chart of table {_layout.TableName} names column {header}, which the table does not have.");
    }
}
