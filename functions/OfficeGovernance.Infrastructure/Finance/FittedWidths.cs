using System.Globalization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// Column widths fitted to a report table's content, in characters (issue 25: "column widths fitted so names are
/// whole (or wrapped)"): wide enough for the header and its filter button and for the longest value as shown, at most
/// <see cref="MaxWidth"/>; a <see cref="ColumnFormat.WrappedText"/> column stops at <see cref="ParagraphWidth"/> and wraps.
/// </summary>
internal static class FittedWidths
{
    /// <summary>The widest a column gets.</summary>
    public const int MaxWidth = 60;

    /// <summary>The width at which a Paragraph column wraps its text.</summary>
    public const int ParagraphWidth = 44;

    public static double[] Of(OutputTable table)
    {
        var columns = table.Columns;
        var widths = columns.Select(c => c.Header.Length + 4.0).ToArray();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Count && i < columns.Count; i++)
            {
                // Numbers are padded more: a currency code's letters are wider than digits.
                var padding = row[i].Kind == CellKind.Number ? 4 : 2;
                widths[i] = Math.Max(widths[i], Shown(row[i], columns[i].Format) + padding);
            }
        }
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = Math.Min(widths[i], columns[i].Format == ColumnFormat.WrappedText ? ParagraphWidth : MaxWidth);
        }
        return widths;
    }

    // The length of a value as its number format shows it (money with its currency code after it).
    private static int Shown(CellValue value, ColumnFormat format)
    {
        if (value.IsEmpty)
        {
            return 0;
        }
        if (value.Kind != CellKind.Number)
        {
            return (value.Text ?? string.Empty).Length;
        }
        return format switch
        {
            ColumnFormat.Money => value.Number.ToString("#,##0.00", CultureInfo.InvariantCulture).Length + 4,
            ColumnFormat.Number => value.Number.ToString("#,##0.00", CultureInfo.InvariantCulture).Length,
            ColumnFormat.Percent => value.Number.ToString("0.0%", CultureInfo.InvariantCulture).Length,
            ColumnFormat.Date => 10,
            ColumnFormat.Month => 8,
            ColumnFormat.DateTime => 16,
            _ => value.Number.ToString("#,##0", CultureInfo.InvariantCulture).Length,
        };
    }
}
