using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// A <see cref="SheetPrint"/> as Open XML (docs/rules.md#written-workbooks: "its report sheets are set up to print";
/// issue 25): US Letter, the print's orientation and fit to pages, margins, the header row repeated on every page
/// (<see cref="PrintTitles"/>) and its footer. The finance report and every system sheet written from a
/// <see cref="SheetLayout"/> print through it.
/// </summary>
/// <param name="Print">The print settings.</param>
internal sealed record PrintSetup(SheetPrint Print)
{
    /// <summary>A report page (<see cref="SheetPrint.Report"/>): landscape, one page wide.</summary>
    /// <param name="footer">The footer's left text, plain, such as <c>portfolio.xlsx, as of 2026-11-20</c>.</param>
    /// <param name="pagesTall">Pages tall; 0 lets the rows run onto as many as they need.</param>
    /// <param name="headerRow">The row repeated at the top of every page (1-based).</param>
    public PrintSetup(string footer, uint pagesTall, int headerRow)
        : this(SheetPrint.Report(footer, checked((int)pagesTall), headerRow))
    {
    }

    /// <summary>The rows one printed page holds at most, at the scale <see cref="ForRows"/> chooses.</summary>
    public const int RowsPerPage = 56;

    /// <summary>The row repeated at the top of every page (1-based).</summary>
    public int HeaderRow => Print.HeaderRow;

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
            PaperSize = 1,
            Orientation = Print.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = (uint)Print.PagesWide,
            FitToHeight = (uint)Print.PagesTall,
            PageOrder = Print.OverThenDown ? PageOrderValues.OverThenDown : null,
        };
        // The footer texts are already in header and footer codes (&F, &P, &N, && for an ampersand).
        yield return new HeaderFooter(new OddFooter($"&L{Print.FooterLeft}&R{Print.FooterRight}"));
    }

    /// <summary>
    /// The workbook's <c>_xlnm.Print_Titles</c> name repeating the print's title columns at the left of every page (when
    /// it has any) and <see cref="HeaderRow"/> at the top: <c>'Review'!$A:$B,'Review'!$1:$1</c>, columns first as Excel
    /// writes it.
    /// </summary>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="sheetIndex">Its 0-based position among the workbook's sheets.</param>
    public DefinedName PrintTitles(string sheetName, int sheetIndex)
    {
        var sheet = $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!";
        var rows = string.Create(CultureInfo.InvariantCulture, $"{sheet}${HeaderRow}:${HeaderRow}");
        var text = Print.TitleColumns == 0 ? rows : $"{sheet}$A:${CellAddress.ColumnLetters(Print.TitleColumns)},{rows}";
        return new DefinedName(text) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)sheetIndex };
    }
}
