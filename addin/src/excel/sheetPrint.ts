import type { SheetPrint } from "../api/types";
import { columnLetters } from "./sheetCells";

/** The requirement set that brought `worksheet.pageLayout`. */
const PAGE_LAYOUT_API = "1.9";

/**
 * Sets up a sheet to print as its layout says (ADR 0031; docs/rules.md#written-workbooks), as the backend's package
 * writer does: the orientation, fitted to `pagesWide` pages wide and `pagesTall` tall (0: as many as the rows need), the
 * header row repeated at the top of every page; when wider than a page, its first `titleColumns` columns repeated at the
 * left of every page and the pages numbered over, then down (`overThenDown`), so a band of rows reads left to right; and
 * the footer's left and right parts, which are in Office's header and footer codes already (`&F` the file name, `&P` the page, `&N` the page count). Queued on the sheet's context; the
 * caller syncs. An Excel older than ExcelApi 1.9 has no page layout in its API: the sheet keeps Excel's default print
 * setup there, and the write goes on.
 * @returns whether the print setup was queued
 */
export function setUpPrint(sheet: Excel.Worksheet, print: SheetPrint): boolean {
  if (!Office.context.requirements.isSetSupported("ExcelApi", PAGE_LAYOUT_API)) {
    return false;
  }
  const page = sheet.pageLayout;
  page.orientation = print.landscape ? "Landscape" : "Portrait";
  page.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: print.pagesTall };
  page.setPrintTitleRows(`$${print.headerRow}:$${print.headerRow}`);
  if (print.titleColumns > 0) {
    page.setPrintTitleColumns(`$A:$${columnLetters(print.titleColumns - 1)}`);
  }
  if (print.overThenDown) {
    page.printOrder = "OverThenDown";
  }
  page.headersFooters.defaultForAllPages.leftFooter = print.footerLeft;
  page.headersFooters.defaultForAllPages.rightFooter = print.footerRight;
  return true;
}
