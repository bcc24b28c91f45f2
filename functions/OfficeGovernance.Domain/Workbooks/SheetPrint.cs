using System.Globalization;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// How a written sheet prints (docs/rules.md#written-workbooks; ADR 0031), part of its <see cref="SheetLayout"/> so
/// that the package writer and the add-in set up the same page: the orientation, the scale that fits the sheet to
/// <see cref="PagesWide"/> pages wide and <see cref="PagesTall"/> tall, the row repeated at the top of every page and
/// the footer, and, when wider than a page, the columns repeated at the left of every page and the page order. The footer texts use Office's header and footer codes: <c>&amp;F</c> the workbook's file name,
/// <c>&amp;P</c> the page number, <c>&amp;N</c> the page count and <c>&amp;&amp;</c> a literal ampersand.
/// </summary>
/// <param name="Landscape">True for landscape, false for portrait.</param>
/// <param name="PagesWide">How many pages wide the sheet is scaled to.</param>
/// <param name="PagesTall">How many pages tall the sheet is scaled to; 0 lets its rows run onto as many as they need.</param>
/// <param name="HeaderRow">The row repeated at the top of every page (1-based).</param>
/// <param name="FooterLeft">The footer's left part, in header and footer codes.</param>
/// <param name="FooterRight">The footer's right part, in header and footer codes.</param>
/// <param name="TitleColumns">How many columns from A repeat at the left of every page (the ones that identify a row);
/// 0 for none, as on a sheet one page wide.</param>
/// <param name="OverThenDown">True to number the pages across a band of rows before going down to the next band (so a
/// row reads left to right across consecutive pages), false for Office's default, down then over.</param>
public sealed record SheetPrint(
    bool Landscape, int PagesWide, int PagesTall, int HeaderRow, string FooterLeft, string FooterRight, int TitleColumns = 0,
    bool OverThenDown = false)
{
    /// <summary>
    /// The column width, in characters, one landscape US Letter page holds at a readable scale. The page's printable
    /// width (11 in less 0.8 in of margins, about 730 pt) holds about 100 to 110 characters of Calibri 11 at 100%, so
    /// 150 characters print at about 65 to 75% (LibreOffice prints the sample Review at 65%, text near 7 pt); fitted to
    /// one page, the Review's 475 characters and its chart printed at 24%, text near 3 pt, unreadable on paper.
    /// </summary>
    public const double CharactersPerPage = 150;

    /// <summary>The width of a column the writers leave unset, in characters: Excel's default for Calibri 11.</summary>
    public const double DefaultColumnWidth = 8.43;

    /// <summary>The footer's right part on every written sheet: <c>Page 2 of 5</c>.</summary>
    public const string PageOfPages = "Page &P of &N";

    /// <summary>
    /// A report page: landscape, one page wide, <paramref name="pagesTall"/> pages tall, <paramref name="headerRow"/>
    /// repeated, <paramref name="footer"/> (plain text) on the left and the page number on the right.
    /// </summary>
    /// <param name="footer">The footer's left text, plain (an ampersand prints as one).</param>
    /// <param name="pagesTall">Pages tall; 0 for as many as the rows need.</param>
    /// <param name="headerRow">The 1-based row repeated on every page.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pagesTall"/> is negative or <paramref name="headerRow"/> is below 1.</exception>
    public static SheetPrint Report(string footer, int pagesTall, int headerRow = 1)
    {
        ArgumentNullException.ThrowIfNull(footer);
        ArgumentOutOfRangeException.ThrowIfNegative(pagesTall);
        ArgumentOutOfRangeException.ThrowIfLessThan(headerRow, 1);
        return new SheetPrint(true, 1, pagesTall, headerRow, Literal(footer), PageOfPages);
    }

    /// <summary>
    /// A system sheet (Review, PortfolioSummary, DecisionLog, the finance tables the add-in inserts): landscape, as many
    /// pages wide as <see cref="PagesFor"/> says for its columns and as many tall as its rows need, the header row
    /// repeated; when wider than a page, its first <paramref name="titleColumns"/> columns repeated at the left of every
    /// page and the pages numbered over, then down; and the footer <c>portfolio.xlsx: Review as of 2026-11-20</c> on the left (the
    /// file name is Office's <c>&amp;F</c>, so it stays right when the workbook is renamed) and the page number on the right.
    /// </summary>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="asOf">The review's as-of date (workbook time zone).</param>
    /// <param name="columns">The sheet's columns from A, their widths as written (<see cref="ColumnWidths.Of"/>).</param>
    /// <param name="titleColumns">How many columns from A identify a row (the initiative id and name: 2); fewer repeat
    /// when they would take half a page or more.</param>
    /// <param name="charts">How many charts stand to the right of the table; each prints too, as wide as
    /// <see cref="ChartLayout.WidthInColumns"/> columns of Excel's default width after a gap column.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="titleColumns"/> is negative or more than the columns,
    /// or <paramref name="charts"/> is negative.</exception>
    public static SheetPrint SystemSheet(string sheetName, DateOnly asOf, IReadOnlyList<OutputColumn> columns, int titleColumns, int charts = 0)
    {
        ArgumentNullException.ThrowIfNull(sheetName);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfNegative(titleColumns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(titleColumns, columns.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(charts);
        var caption = string.Create(CultureInfo.InvariantCulture, $"{sheetName} as of {asOf:yyyy-MM-dd}");
        var chartColumns = charts == 0 ? 0 : 1 + (charts * ChartLayout.WidthInColumns);
        var widths = columns.Select(ColumnWidths.Of).Concat(Enumerable.Repeat(DefaultColumnWidth, chartColumns)).ToArray();
        // Title columns as wide as half a page would leave a sliver of the rest on each page (a long wrapped name can
        // be 60 characters): repeat only as many of them as fit in less than half.
        var titles = titleColumns;
        while (titles > 0 && widths.Take(titles).Sum() >= CharactersPerPage / 2)
        {
            titles--;
        }
        var wide = PagesFor(widths, titles);
        return new SheetPrint(true, wide, 0, 1, $"&F: {Literal(caption)}", PageOfPages, wide > 1 ? titles : 0, wide > 1);
    }

    /// <summary>
    /// The pages wide a sheet of these column widths needs so that none holds more than <see cref="CharactersPerPage"/>:
    /// 1 when they all fit; otherwise each page after the first repeats the <paramref name="titleColumns"/> at its left,
    /// so every page holds those and <see cref="CharactersPerPage"/> less them of the rest.
    /// </summary>
    /// <param name="widths">The column widths from A, in characters.</param>
    /// <param name="titleColumns">How many columns from A repeat on every page.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="titleColumns"/> is negative or more than the columns,
    /// or the title columns alone take half a page or more (the rest would print a sliver a page).</exception>
    public static int PagesFor(IReadOnlyList<double> widths, int titleColumns)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentOutOfRangeException.ThrowIfNegative(titleColumns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(titleColumns, widths.Count);
        var total = widths.Sum();
        if (total <= CharactersPerPage)
        {
            return 1;
        }
        var titles = widths.Take(titleColumns).Sum();
        if (titles >= CharactersPerPage / 2)
        {
            throw new ArgumentOutOfRangeException(nameof(titleColumns), titles,
                $"The {titleColumns} title columns are {titles} characters wide, half a printed page ({CharactersPerPage}) or more.");
        }
        return (int)Math.Ceiling((total - titles) / (CharactersPerPage - titles));
    }

    /// <summary>Plain text as a header or footer code prints it: each ampersand doubled.</summary>
    private static string Literal(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
