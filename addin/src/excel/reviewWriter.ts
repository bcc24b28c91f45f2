import type { ReviewDocument } from "../api/types";
import { cellValue } from "./cellText";
import { excelRun } from "./excelRun";
import { rowsThatFit } from "./payload";
import { NUMBER_FORMATS, RAG_COLOURS, REVIEW_COLUMNS, VERDICT_COLOURS, reviewRows } from "./reviewColumns";
import { ensureFree } from "./freeSpace";
import { cellAddress, type Rect } from "./sheetCells";
import { styleSpendAgainstCap } from "./chartStyle";

/** The Review table's name, and the sheet it is created on when the workbook has none. */
export const REVIEW_TABLE = "Review";

/** The name of the chart of month-to-date spend against each cap, on the Review table's sheet. */
export const REVIEW_CHART = "ReviewSpend";

/** What a write did. */
export interface ReviewWritten {
  sheet: string;
  address: string;
  rows: number;
  batches: number;
}

/**
 * Writes the Review table (PRODUCT.md section 1, "Written by the system") from a review document: replaces the old
 * Review table where it is (or adds a Review sheet, or places the table below what a Review sheet already holds),
 * with number formats, verdict and layer colours as conditional formats, a frozen header, and a native clustered bar
 * chart of month-to-date spend against each cap. Every other sheet, table and cell stays as it was: if the new table
 * would cover a non-empty cell outside the old one, nothing is written and {@link SheetBlockedError} names the cell.
 * Rows go in bulk range writes of at most a third of Excel on the web's 5 MB request limit, one sync each.
 * @param onProgress rows written so far, of the total
 */
export async function writeReview(
  review: ReviewDocument,
  onProgress?: (rowsWritten: number, rowCount: number) => void,
): Promise<ReviewWritten> {
  const header = REVIEW_COLUMNS.map((c) => c.header);
  const formats = REVIEW_COLUMNS.map((c) => NUMBER_FORMATS[c.kind]);
  const rows = reviewRows(review).map((row) => row.map(cellValue));
  const width = header.length;
  return excelRun(async (context) => {
    let batches = 0;
    const sync = async () => {
      batches++;
      await context.sync();
    };
    const old = context.workbook.tables.getItemOrNullObject(REVIEW_TABLE);
    old.load("name");
    let sheet = context.workbook.worksheets.getItemOrNullObject(REVIEW_TABLE);
    sheet.load("name");
    await sync();

    let anchor = { row: 0, column: 0 };
    let oldRect: Rect | null = null;
    if (!old.isNullObject) {
      sheet = old.worksheet;
      const range = old.getRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      sheet.load("name");
      await sync();
      oldRect = { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
      anchor = { row: range.rowIndex, column: range.columnIndex };
    } else if (sheet.isNullObject) {
      sheet = context.workbook.worksheets.add(REVIEW_TABLE);
      sheet.load("name");
    } else {
      const used = sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "rowCount"]);
      await sync();
      if (!used.isNullObject) {
        anchor = { row: used.rowIndex + used.rowCount + 1, column: 0 };
      }
    }

    const target: Rect = { top: anchor.row, left: anchor.column, rows: rows.length + 1, columns: width };
    if (oldRect) {
      await ensureFree(context, sheet, target, [oldRect], "Review table", "review again", () => batches++);
    }

    const chart = sheet.charts.getItemOrNullObject(REVIEW_CHART);
    chart.load("name");
    await sync();
    if (!chart.isNullObject) {
      chart.delete();
    }
    if (!old.isNullObject && oldRect) {
      const range = old.convertToRange();
      range.conditionalFormats.clearAll();
      range.clear("All");
    }
    sheet.getRangeByIndexes(target.top, target.left, 1, width).values = [header];

    let written = 0;
    while (written < rows.length) {
      const count = rowsThatFit(rows, formats, written);
      const range = sheet.getRangeByIndexes(target.top + 1 + written, target.left, count, width);
      range.numberFormat = rows.slice(written, written + count).map(() => formats);
      range.values = rows.slice(written, written + count);
      await sync();
      written += count;
      onProgress?.(written, rows.length);
    }

    const table = sheet.tables.add(sheet.getRangeByIndexes(target.top, target.left, target.rows, width), true);
    table.name = REVIEW_TABLE;
    table.style = "TableStyleMedium2";
    if (rows.length > 0) {
      colour(sheet, target, "Verdict", 1, VERDICT_COLOURS);
      colour(sheet, target, "Workflow", 5, RAG_COLOURS);
      addChart(sheet, target, review.currency);
    }
    sheet.freezePanes.freezeRows(target.top + 1);
    await sync();
    return {
      sheet: sheet.name,
      address: `${cellAddress(sheet.name, target.top, target.left)}:${cellAddress(null, target.top + target.rows - 1, target.left + width - 1)}`,
      rows: rows.length,
      batches,
    };
  });
}

function columnIndex(header: string): number {
  return REVIEW_COLUMNS.findIndex((c) => c.header === header);
}

function colour(sheet: Excel.Worksheet, target: Rect, first: string, columns: number, fills: Record<string, string>): void {
  const range = sheet.getRangeByIndexes(target.top + 1, target.left + columnIndex(first), target.rows - 1, columns);
  for (const [text, fill] of Object.entries(fills)) {
    const format = range.conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = fill;
    format.cellValue.rule = { formula1: `="${text}"`, operator: "EqualTo" };
  }
}

function addChart(sheet: Excel.Worksheet, target: Rect, currency: string): void {
  const data = (header: string) =>
    sheet.getRangeByIndexes(target.top + 1, target.left + columnIndex(header), target.rows - 1, 1);
  const chart = sheet.charts.add("BarClustered", data("MonthToDate"), "Columns");
  chart.name = REVIEW_CHART;
  chart.title.text = `Month-to-date spend against cap (${currency})`;
  const spend = chart.series.getItemAt(0);
  spend.name = "Month to date";
  spend.setXAxisValues(data("InitiativeId"));
  const cap = chart.series.add("Cap");
  cap.setValues(data("Cap"));
  cap.setXAxisValues(data("InitiativeId"));
  styleSpendAgainstCap(chart, spend, cap);
  const right = target.left + target.columns + 1;
  chart.setPosition(sheet.getRangeByIndexes(target.top, right, 1, 1), sheet.getRangeByIndexes(target.top + 24, right + 9, 1, 1));
}
