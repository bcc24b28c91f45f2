using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// How a report sheet prints (docs/rules.md#written-workbooks: "its report sheets are set up to print"; issue 25): US Letter,
/// landscape, fitted to one page wide and <see cref="PagesTall"/> pages tall, margins, the header row repeated on every
/// page (<see cref="PrintTitles"/>) and a footer with the report's title, its as-of date and the page number.
/// </summary>
/// <param name="Footer">The footer's left text, such as <c>portfolio.xlsx, as of 2026-11-20</c> (plain text).</param>
/// <param name="PagesTall">How many pages tall the sheet is scaled to; 0 lets its rows run onto as many as they need.</param>
/// <param name="HeaderRow">The row repeated at the top of every page (1-based).</param>
internal sealed record PrintSetup(string Footer, uint PagesTall, int HeaderRow)
{
    /// <summary>The rows one printed page holds at most, at the scale <see cref="ForRows"/> chooses.</summary>
    public const int RowsPerPage = 56;

    /// <summary>A setup for a sheet of <paramref name="rows"/> rows (header included): as many pages as
    /// <see cref="RowsPerPage"/> rows each need.</summary>
    public static PrintSetup ForRows(string footer, int rows, int headerRow = 1) =>
        new(footer, (uint)Math.Max(1, (rows + RowsPerPage - 1) / RowsPerPage), headerRow);

    /// <summary>The sheet's properties: fit to page (the first child of a worksheet).</summary>
    public static SheetProperties Properties() => new(new PageSetupProperties { FitToPage = true });

    /// <summary>printOptions, pageMargins, pageSetup and headerFooter, in schema order (after the sheet data and any
    /// merged cells, before a drawing and the table parts).</summary>
    public IEnumerable<OpenXmlElement> Elements()
    {
        yield return new PrintOptions { HorizontalCentered = true };
        yield return new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.6, Header = 0.3, Footer = 0.3 };
        yield return new PageSetup
        {
            PaperSize = 1, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = PagesTall,
        };
        // "&&" is a literal ampersand in a header or footer; &P and &N are the page number and count.
        yield return new HeaderFooter(new OddFooter($"&L{Footer.Replace("&", "&&", StringComparison.Ordinal)}&RPage &P of &N"));
    }

    /// <summary>The workbook's <c>_xlnm.Print_Titles</c> name repeating <see cref="HeaderRow"/> on the sheet.</summary>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="sheetIndex">Its 0-based position among the workbook's sheets.</param>
    public DefinedName PrintTitles(string sheetName, int sheetIndex) => new(
        string.Create(CultureInfo.InvariantCulture, $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!${HeaderRow}:${HeaderRow}"))
    {
        Name = "_xlnm.Print_Titles", LocalSheetId = (uint)sheetIndex,
    };
}
