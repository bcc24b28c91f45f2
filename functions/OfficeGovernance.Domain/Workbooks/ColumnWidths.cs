using System.Globalization;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The one width fitter of the tables the system writes (the Review sheet read as leadership reads it, and the
/// finance report's names whole or wrapped): each column as wide as its longest value as Excel shows it (money with
/// two decimals, thousands separators and the currency code; percentages with one decimal; dates yyyy-mm-dd; months
/// mmm yyyy) or its header with room for the filter button, whichever is wider; at most <see cref="MaxText"/>
/// characters, and wrapped text at <see cref="WrapAt"/>, a readable line length. A column not fitted gets a width
/// by its format (<see cref="Of"/>). The widths go into the <see cref="SheetLayout"/> both writers use.
/// </summary>
public static class ColumnWidths
{
    /// <summary>The widest plain column, in characters.</summary>
    public const double MaxText = 48;

    /// <summary>The width at which wrapped text (<see cref="ColumnFormat.WrappedText"/>) wraps, in characters.</summary>
    public const double WrapAt = 60;

    /// <summary>The columns with <see cref="OutputColumn.Width"/> fitted to <paramref name="rows"/>.</summary>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows (enumerated once).</param>
    /// <param name="currency">The workbook currency shown after money.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<OutputColumn> Fit(
        IReadOnlyList<OutputColumn> columns, IEnumerable<IReadOnlyList<CellValue>> rows, string currency)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(currency);
        // The header plus room for the filter button.
        var widest = columns.Select(c => c.Header.Length + 4d).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < Math.Min(row.Count, columns.Count); i++)
            {
                widest[i] = Math.Max(widest[i], Shown(columns[i].Format, row[i], currency).Length + 2d);
            }
        }
        return columns.Select((c, i) => c with
        {
            Width = Math.Min(widest[i], c.Format == ColumnFormat.WrappedText ? WrapAt : MaxText),
        }).ToArray();
    }

    /// <summary>
    /// The width a column is written with, in characters: its fitted <see cref="OutputColumn.Width"/>, else room for
    /// its header and filter button or the minimum of its format, whichever is wider; always between 8 and 80.
    /// </summary>
    /// <param name="column">The column.</param>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public static double Of(OutputColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var minimum = column.Format switch
        {
            ColumnFormat.Date => 12,
            ColumnFormat.DateTime => 17,
            ColumnFormat.Money or ColumnFormat.Number => 14,
            ColumnFormat.Verdict => 11,
            ColumnFormat.Rag or ColumnFormat.Percent or ColumnFormat.Integer => 9,
            ColumnFormat.WrappedText => 60,
            _ => 16,
        };
        return Math.Clamp(column.Width ?? Math.Max(column.Header.Length + 4, minimum), 8, 80);
    }

    private static string Shown(ColumnFormat format, CellValue value, string currency)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }
        if (value.Kind != CellKind.Number)
        {
            return value.Text ?? string.Empty;
        }
        return format switch
        {
            ColumnFormat.Money => $"{value.Number.ToString("#,##0.00", CultureInfo.InvariantCulture)} {currency}",
            ColumnFormat.Percent => value.Number.ToString("0.0%", CultureInfo.InvariantCulture),
            ColumnFormat.Date => "yyyy-mm-dd",
            ColumnFormat.DateTime => "yyyy-mm-dd hh:mm",
            ColumnFormat.Month => "mmm yyyy",
            ColumnFormat.Integer => value.Number.ToString("0", CultureInfo.InvariantCulture),
            ColumnFormat.Number => value.Number.ToString("0.00", CultureInfo.InvariantCulture),
            _ => value.Number.ToString("0.##", CultureInfo.InvariantCulture),
        };
    }
}
