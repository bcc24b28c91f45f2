import type { FinanceReportDocument } from "../api/types";
import { cellValue } from "./cellText";
import { excelRun } from "./excelRun";
import { AS_OF_MONTH_TABLE, type FinanceTableSpec, financeTables } from "./financeColumns";
import { rowsThatFit } from "./payload";
import { ensureFree } from "./freeSpace";
import { cellAddress, type Rect } from "./sheetCells";
import { styleSpendAgainstCap } from "./chartStyle";

/** The sheet the finance tables are added to when the workbook holds none of them yet. */
export const FINANCE_SHEET = "Finance";

/** The chart of the as-of month's spend against each cap, beside the finance tables. */
export const FINANCE_CHART = "FinanceSpend";

/** What an insert did: the sheet, and each table's address and data rows. */
export interface FinanceWritten {
  sheet: string;
  tables: { name: string; address: string; rows: number }[];
  batches: number;
}

interface OldTable {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

/**
 * Inserts the finance report's tables (the as-of month against caps, the exceptions, the overages and who approved
 * them; issue 11) side by side with one empty column between them, and a native clustered bar chart of the as-of
 * month's spend against each cap to their right. Its own earlier tables and chart are replaced, where the first of
 * them stood (else on a Finance sheet, added when missing, below what it already holds); every other table, chart and
 * cell stays as it was: if a new table would cover a non-empty cell outside the old ones, nothing is written and
 * {@link SheetBlockedError} names the cell. Rows go in bulk range writes sized under Excel on the web's 5 MB limit,
 * one sync each; text beginning with = + - @ is written as text. Money is formatted in the report's currency.
 * @param onProgress rows written so far, of the total
 */
export async function writeFinance(
  report: FinanceReportDocument,
  onProgress?: (rowsWritten: number, rowCount: number) => void,
): Promise<FinanceWritten> {
  const specs = financeTables(report);
  // A table with no data rows still gets one empty row: Excel gives a header-only table one anyway.
  const values = specs.map((s) => (s.rows.length > 0 ? s.rows : [s.headers.map(() => null)]).map((row) => row.map(cellValue)));
  const total = values.reduce((n, rows) => n + rows.length, 0);
  return excelRun(async (context) => {
    let batches = 0;
    const sync = async () => {
      batches++;
      await context.sync();
    };
    const found = specs.map((s) => context.workbook.tables.getItemOrNullObject(s.name).load("name"));
    let sheet = context.workbook.worksheets.getItemOrNullObject(FINANCE_SHEET).load("name");
    await sync();
    const olds: OldTable[] = found.filter((t) => !t.isNullObject).map((table) => ({
      table,
      sheet: table.worksheet.load("name"),
      range: table.getRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]),
    }));
    if (olds.length > 0) {
      await sync();
    }

    let anchor = { row: 0, column: 0 };
    let fresh = false;
    const first = olds.find((o) => o.table.name === AS_OF_MONTH_TABLE) ?? olds[0];
    if (first) {
      sheet = first.sheet;
      anchor = { row: first.range.rowIndex, column: first.range.columnIndex };
    } else if (sheet.isNullObject) {
      sheet = context.workbook.worksheets.add(FINANCE_SHEET).load("name");
      fresh = true;
    } else {
      const used = sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "rowCount"]);
      await sync();
      if (!used.isNullObject) {
        anchor = { row: used.rowIndex + used.rowCount + 1, column: 0 };
      }
    }
    const targets = layout(specs, values, anchor);
    if (!fresh) {
      const own = olds.filter((o) => o.sheet.name === sheet.name).map((o) => rectOf(o.range));
      for (const target of targets) {
        await ensureFree(context, sheet, target, own, "finance tables", "insert them again", () => batches++);
      }
    }

    const chart = sheet.charts.getItemOrNullObject(FINANCE_CHART).load("name");
    await sync();
    if (!chart.isNullObject) {
      chart.delete();
    }
    for (const old of olds) {
      old.table.convertToRange().clear("All");
    }
    let written = 0;
    for (const [i, spec] of specs.entries()) {
      const target = targets[i];
      const rows = values[i];
      sheet.getRangeByIndexes(target.top, target.left, 1, target.columns).values = [spec.headers];
      for (let done = 0; done < rows.length;) {
        const count = rowsThatFit(rows, spec.formats, done);
        const range = sheet.getRangeByIndexes(target.top + 1 + done, target.left, count, target.columns);
        range.numberFormat = rows.slice(done, done + count).map(() => spec.formats);
        range.values = rows.slice(done, done + count);
        await sync();
        done += count;
        written += count;
        onProgress?.(written, total);
      }
      const table = sheet.tables.add(sheet.getRangeByIndexes(target.top, target.left, target.rows, target.columns), true);
      table.name = spec.name;
      table.style = "TableStyleMedium2";
    }
    if (specs[0].rows.length > 0) {
      addChart(sheet, targets[0], specs[0], targets[targets.length - 1], report.currency, report.asOf);
    }
    sheet.freezePanes.freezeRows(anchor.row + 1);
    await sync();
    return {
      sheet: sheet.name,
      tables: specs.map((spec, i) => ({ name: spec.name, address: address(sheet.name, targets[i]), rows: spec.rows.length })),
      batches,
    };
  });
}

function layout(specs: FinanceTableSpec[], values: unknown[][][], anchor: { row: number; column: number }): Rect[] {
  let left = anchor.column;
  return specs.map((spec, i) => {
    const rect = { top: anchor.row, left, rows: values[i].length + 1, columns: spec.headers.length };
    left += spec.headers.length + 1;
    return rect;
  });
}

function rectOf(range: Excel.Range): Rect {
  return { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

function address(sheet: string, rect: Rect): string {
  return `${cellAddress(sheet, rect.top, rect.left)}:${cellAddress(null, rect.top + rect.rows - 1, rect.left + rect.columns - 1)}`;
}

function addChart(sheet: Excel.Worksheet, target: Rect, spec: FinanceTableSpec, last: Rect, currency: string, asOf: string): void {
  const data = (header: string) => sheet.getRangeByIndexes(target.top + 1, target.left + spec.headers.indexOf(header), target.rows - 1, 1);
  const chart = sheet.charts.add("BarClustered", data("Spend"), "Columns");
  chart.name = FINANCE_CHART;
  chart.title.text = `Spend against cap, ${asOf.slice(0, 7)} to ${asOf} (${currency})`;
  const spend = chart.series.getItemAt(0);
  spend.name = "Spend";
  spend.setXAxisValues(data("InitiativeId"));
  const cap = chart.series.add("Cap");
  cap.setValues(data("Cap"));
  cap.setXAxisValues(data("InitiativeId"));
  styleSpendAgainstCap(chart, spend, cap);
  const right = last.left + last.columns + 1;
  chart.setPosition(sheet.getRangeByIndexes(target.top, right, 1, 1), sheet.getRangeByIndexes(target.top + 24, right + 9, 1, 1));
}
