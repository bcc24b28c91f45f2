using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// The height of a row holding wrapped text (<see cref="ColumnFormat.WrappedText"/>): the most lines any of its
/// wrapped cells takes at its column's width, at 15 points a line (Calibri 11). Written with the row because neither
/// Excel nor LibreOffice fits the height of a row written by a program until someone edits it.
/// </summary>
internal static class WrappedRowHeight
{
    private const double PointsPerLine = 15;

    /// <summary>The row height in points; null when no wrapped cell needs more than one line.</summary>
    /// <param name="values">The row's values.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="widths">Column widths in characters fitted by the caller; null to use each column's own width.</param>
    public static double? Of(IReadOnlyList<CellValue> values, IReadOnlyList<OutputColumn> columns, IReadOnlyList<double>? widths = null)
    {
        var lines = 1;
        for (var i = 0; i < Math.Min(values.Count, columns.Count); i++)
        {
            if (columns[i].Format == ColumnFormat.WrappedText && values[i].Kind == CellKind.Text)
            {
                var width = widths is not null && i < widths.Count ? widths[i] : columns[i].Width ?? 60;
                lines = Math.Max(lines, Lines(values[i].Text ?? string.Empty, width));
            }
        }
        return lines > 1 ? lines * PointsPerLine : null;
    }

    // Words laid out greedily on lines of the column's width less a margin, as Excel wraps at spaces.
    private static int Lines(string text, double width)
    {
        // A column width unit is one digit of Calibri 11; text averages about 1.15 characters per unit.
        var perLine = Math.Max(8, (int)(width * 1.15) - 1);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var needed = used == 0 ? word.Length : used + 1 + word.Length;
                if (needed > perLine && used > 0)
                {
                    lines += 1 + (word.Length - 1) / perLine;
                    used = word.Length % perLine;
                }
                else
                {
                    used = needed;
                }
            }
        }
        return lines;
    }
}
