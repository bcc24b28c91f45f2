using System.Globalization;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// How a written sheet prints (docs/rules.md#written-workbooks; ADR 0031), part of its <see cref="SheetLayout"/> so
/// that the package writer and the add-in set up the same page: the orientation, the scale that fits the sheet to
/// <see cref="PagesWide"/> pages wide and <see cref="PagesTall"/> tall, the row repeated at the top of every page and
/// the footer. The footer texts use Office's header and footer codes: <c>&amp;F</c> the workbook's file name,
/// <c>&amp;P</c> the page number, <c>&amp;N</c> the page count and <c>&amp;&amp;</c> a literal ampersand.
/// </summary>
/// <param name="Landscape">True for landscape, false for portrait.</param>
/// <param name="PagesWide">How many pages wide the sheet is scaled to.</param>
/// <param name="PagesTall">How many pages tall the sheet is scaled to; 0 lets its rows run onto as many as they need.</param>
/// <param name="HeaderRow">The row repeated at the top of every page (1-based).</param>
/// <param name="FooterLeft">The footer's left part, in header and footer codes.</param>
/// <param name="FooterRight">The footer's right part, in header and footer codes.</param>
public sealed record SheetPrint(bool Landscape, int PagesWide, int PagesTall, int HeaderRow, string FooterLeft, string FooterRight)
{
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
    /// A system sheet (Review, PortfolioSummary, DecisionLog): landscape, one page wide and as many tall as its rows
    /// need, the header row repeated, and the footer <c>portfolio.xlsx: Review as of 2026-11-20</c> on the left (the
    /// file name is Office's <c>&amp;F</c>, so it stays right when the workbook is renamed) and the page number on the right.
    /// </summary>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="asOf">The review's as-of date (workbook time zone).</param>
    public static SheetPrint SystemSheet(string sheetName, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(sheetName);
        var caption = string.Create(CultureInfo.InvariantCulture, $"{sheetName} as of {asOf:yyyy-MM-dd}");
        return new SheetPrint(true, 1, 0, 1, $"&F: {Literal(caption)}", PageOfPages);
    }

    /// <summary>Plain text as a header or footer code prints it: each ampersand doubled.</summary>
    private static string Literal(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
