import type { SheetTable } from "../api/types";
import { cellValue } from "./cellText";
import { excelRun } from "./excelRun";
import { rowsThatFit } from "./payload";
import { cellAddress } from "./sheetCells";
import { setUpPrint } from "./sheetPrint";

/** What a table write did: the sheet, the table's address, its data rows and the syncs it took. */
export interface TableWritten {
  sheet: string;
  address: string;
  rows: number;
  batches: number;
}

/** A cell value of a {@link SheetTable} row: text, a number (money, a date serial, a fraction) or empty. */
type Plain = string | number | null;

/**
 * The width Excel's `format.columnWidth` takes (points) for a width in characters of Calibri 11, as the .xlsx
 * `<col width>` counts them: 7 pixels a character plus 5 pixels of padding, at 0.75 points a pixel.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Writes one system table exactly as its layout says (ADR 0031: the backend owns the layout; the CLI's package
 * writer writes the same one): the layout's sheet is replaced whole (a new sheet takes its name; every other sheet,
 * table and chart stays as it was), the header and rows from A1 with each column's number format, width and wrap, the
 * value fills (verdict and RAG colours) as conditional formats, a real Excel table in the layout's style with a
 * frozen header, the layout's charts to the right of the table and its print setup ({@link setUpPrint}). Everything is validated before anything is
 * written: a row of the wrong width, a value that is not text, a number or null, or a table of that name on another
 * sheet, or a sheet of the layout's name that does not hold its table, throws and changes nothing. Rows go in bulk range writes of at most a third of Excel on the web's 5 MB
 * request limit, one sync each; text beginning with = + - @ is written as text.
 * @param onProgress rows written so far, of the total
 * @throws Error naming the table, row and column of a bad value, or the sheet holding a table of the same name
 */
export async function writeTable(
  table: SheetTable,
  onProgress?: (rowsWritten: number, rowCount: number) => void,
): Promise<TableWritten> {
  const { layout } = table;
  const width = layout.columns.length;
  const header = layout.columns.map((c) => c.header);
  const formats = layout.columns.map((c) => c.numberFormat);
  const rows = table.rows.map((row, r) => checkedRow(layout.tableName, header, row, r).map(cellValue));
  return excelRun(async (context) => {
    let batches = 0;
    const sync = async () => {
      batches++;
      await context.sync();
    };
    const existing = context.workbook.tables.getItemOrNullObject(layout.tableName).load("name");
    const old = context.workbook.worksheets.getItemOrNullObject(layout.sheetName).load("name");
    await sync();
    if (!existing.isNullObject) {
      const home = existing.worksheet.load("name");
      await sync();
      if (home.name.toLowerCase() !== layout.sheetName.toLowerCase()) {
        throw new Error(`A table named ${existing.name} already exists on sheet '${home.name}'; rename it so the system ` +
          `can write its ${layout.tableName} table on sheet '${layout.sheetName}'.`);
      }
    }
    if (!old.isNullObject && existing.isNullObject) {
      // The system owns only the sheets it made (ADR 0031): a sheet of that name without the system's table is the
      // user's own work, and replacing it would lose it.
      throw new Error(`Sheet '${old.name}' exists but does not hold the ${layout.tableName} table; rename that sheet so ` +
        `the system can write its ${layout.tableName} table on a sheet of its own.`);
    }
    let sheet: Excel.Worksheet;
    if (old.isNullObject) {
      sheet = context.workbook.worksheets.add(layout.sheetName);
    } else {
      // Added before the old one goes, so a workbook whose only sheet it is never has none.
      sheet = context.workbook.worksheets.add(`${layout.sheetName.slice(0, 24)} (new)`);
      old.delete();
      sheet.name = layout.sheetName;
    }
    sheet.getRangeByIndexes(0, 0, 1, width).values = [header];
    layout.columns.forEach((column, c) => {
      const range = sheet.getRangeByIndexes(0, c, Math.max(rows.length, 1) + 1, 1);
      range.format.columnWidth = columnWidthPoints(column.width);
      if (column.wrap) {
        range.format.wrapText = true;
      }
    });
    let written = 0;
    while (written < rows.length) {
      const count = rowsThatFit(rows, formats, written);
      const range = sheet.getRangeByIndexes(1 + written, 0, count, width);
      range.numberFormat = rows.slice(written, written + count).map(() => formats);
      range.values = rows.slice(written, written + count);
      await sync();
      written += count;
      onProgress?.(written, rows.length);
    }
    const rowCount = Math.max(rows.length, 1) + 1;
    const excelTable = sheet.tables.add(sheet.getRangeByIndexes(0, 0, rowCount, width), true);
    excelTable.name = layout.tableName;
    excelTable.style = layout.tableStyle;
    if (rows.length > 0) {
      layout.columns.forEach((column, c) => {
        const range = sheet.getRangeByIndexes(1, c, rows.length, 1);
        for (const fill of column.fills) {
          const format = range.conditionalFormats.add("CellValue");
          format.cellValue.format.fill.color = `#${fill.colour}`;
          format.cellValue.rule = { formula1: `="${fill.value}"`, operator: "EqualTo" };
        }
      });
      layout.charts.forEach((_, i) => addChart(sheet, table, header, rows.length, i));
    }
    sheet.freezePanes.freezeRows(1);
    if (layout.print) {
      setUpPrint(sheet, layout.print);
    }
    await sync();
    return {
      sheet: layout.sheetName,
      address: `${cellAddress(layout.sheetName, 0, 0)}:${cellAddress(null, rowCount - 1, width - 1)}`,
      rows: rows.length,
      batches,
    };
  });
}

function checkedRow(tableName: string, header: string[], row: unknown[], index: number): Plain[] {
  if (row.length !== header.length) {
    throw new Error(`${tableName} row ${index + 1} has ${row.length} values for ${header.length} columns.`);
  }
  return row.map((value, c) => {
    if (value === null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) {
      return value;
    }
    throw new Error(`${tableName}[${header[c]}] row ${index + 1}: ${JSON.stringify(value)} is not text, a number or empty.`);
  });
}

// Placed like the package writer's charts: right of the table with one empty column between, charts side by side.
const CHART_COLUMNS = 10;
const CHART_ROWS = 24;

function addChart(sheet: Excel.Worksheet, table: SheetTable, header: string[], rows: number, index: number): void {
  const layout = table.layout.charts[index];
  const column = (name: string) => {
    const c = header.indexOf(name);
    if (c < 0) {
      throw new Error(`Chart ${layout.name} names column ${name}, which table ${table.layout.tableName} does not have.`);
    }
    return sheet.getRangeByIndexes(1, c, rows, 1);
  };
  const [first, ...others] = layout.series;
  const chart = sheet.charts.add(layout.type as Excel.ChartType, column(first.column), "Columns");
  chart.name = layout.name;
  chart.title.text = layout.title;
  const series = [chart.series.getItemAt(0), ...others.map((s) => chart.series.add(s.name))];
  layout.series.forEach((s, i) => {
    series[i].name = s.name;
    if (i > 0) {
      series[i].setValues(column(s.column));
    }
    series[i].setXAxisValues(column(layout.categoryColumn));
    series[i].format.fill.setSolidColor(`#${s.colour}`);
  });
  chart.axes.valueAxis.numberFormat = layout.valueFormat;
  const left = header.length + 1 + index * CHART_COLUMNS;
  chart.setPosition(sheet.getRangeByIndexes(0, left, 1, 1), sheet.getRangeByIndexes(CHART_ROWS, left + CHART_COLUMNS, 1, 1));
}
