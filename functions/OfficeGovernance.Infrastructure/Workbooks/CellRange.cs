using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>A rectangular A1 range of a sheet, 1-based and inclusive, such as <c>B3:H200</c>.</summary>
/// <param name="FirstColumn">The left column (A = 1).</param>
/// <param name="FirstRow">The top row.</param>
/// <param name="LastColumn">The right column.</param>
/// <param name="LastRow">The bottom row.</param>
internal readonly record struct CellRange(int FirstColumn, int FirstRow, int LastColumn, int LastRow)
{
    /// <summary>Parses <c>B3:H200</c> or a single cell <c>B3</c>; <c>$</c> signs are ignored.</summary>
    /// <exception cref="FormatException">The text is not an A1 range.</exception>
    public static CellRange Parse(string reference)
    {
        var text = reference.Replace("$", string.Empty, StringComparison.Ordinal).Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var first = colon < 0 ? text : text[..colon];
        var last = colon < 0 ? text : text[(colon + 1)..];
        var firstColumn = CellAddress.ColumnNumber(first);
        var firstRow = CellAddress.RowNumber(first);
        var lastColumn = CellAddress.ColumnNumber(last);
        var lastRow = CellAddress.RowNumber(last);
        return new CellRange(
            Math.Min(firstColumn, lastColumn), Math.Min(firstRow, lastRow),
            Math.Max(firstColumn, lastColumn), Math.Max(firstRow, lastRow));
    }

    /// <summary>Excel's last column (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Excel's last row.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>
    /// Parses a table's range and checks it lies on an Excel sheet; null with the reason when it does not (no range,
    /// not an A1 range, past column XFD or row 1,048,576).
    /// </summary>
    public static CellRange? ParseTableRange(string? reference, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(reference))
        {
            problem = "the table has no range";
            return null;
        }
        CellRange range;
        try
        {
            range = Parse(reference);
        }
        catch (FormatException)
        {
            problem = $"the table's range '{reference}' is not an A1 range";
            return null;
        }
        if (range.LastColumn > MaxColumn)
        {
            problem = $"the table's range {reference} runs past column XFD, the last column of a sheet";
        }
        else if (range.LastRow > MaxRow)
        {
            problem = $"the table's range {reference} runs past row 1,048,576, the last row of a sheet";
        }
        return problem is null ? range : null;
    }

    /// <summary>The number of columns.</summary>
    public int ColumnCount => LastColumn - FirstColumn + 1;

    /// <summary>True when the cell lies inside the range.</summary>
    public bool Contains(int column, int row) =>
        column >= FirstColumn && column <= LastColumn && row >= FirstRow && row <= LastRow;

    /// <summary>True when the two ranges share at least one cell.</summary>
    public bool Intersects(CellRange other) =>
        FirstColumn <= other.LastColumn && other.FirstColumn <= LastColumn
        && FirstRow <= other.LastRow && other.FirstRow <= LastRow;

    /// <summary>The range as <c>B3:H200</c>.</summary>
    public override string ToString() =>
        $"{CellAddress.ColumnLetters(FirstColumn)}{FirstRow}:{CellAddress.ColumnLetters(LastColumn)}{LastRow}";
}
