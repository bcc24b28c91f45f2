import type { CellJson, TableJson } from "../api/tablesJson";
import { readRows } from "./chunkedRead";
import { excelRun } from "./excelRun";

/** The input tables of docs/rules.md#workbook-contract, read by name wherever they are. */
export const INPUT_TABLES = ["Settings", "Initiatives", "Agents", "Metrics", "Observations", "Spend", "DecisionRights"];

/** The read-only copy of the decision log; sent when present so the backend can check it against the log. */
export const OPTIONAL_TABLES = ["DecisionLog"];

/** Progress of a read: the table being read and the rows read of it so far. */
export interface ReadProgress {
  table: string;
  index: number;
  of: number;
  rowsRead: number;
  rowCount: number;
}

/**
 * Reads tables by name (docs/rules.md#workbook-contract: found by table name, not by sheet or position) into the backend's
 * TablesJson shape. A missing required table is left out, so the backend names it with every other problem; a
 * missing optional table is left out silently. Rows are read in chunks under Excel on the web's 5 MB limit.
 */
export async function readTables(
  required: readonly string[] = INPUT_TABLES,
  optional: readonly string[] = OPTIONAL_TABLES,
  onProgress?: (progress: ReadProgress) => void,
): Promise<TableJson[]> {
  return excelRun(async (context) => {
    const names = [...required, ...optional];
    const found = names.map((name) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      return table;
    });
    await context.sync();
    const present = found.filter((table) => !table.isNullObject);
    const shapes = present.map((table) => {
      const worksheet = table.worksheet.load("name");
      const header = table.getHeaderRowRange().load(["values", "rowIndex", "columnIndex", "columnCount"]);
      const body = table.getDataBodyRange().load(["rowIndex", "rowCount"]);
      return { table, worksheet, header, body };
    });
    await context.sync();
    const result: TableJson[] = [];
    for (const [index, { table, worksheet, header, body }] of shapes.entries()) {
      const progress = { table: table.name, index: index + 1, of: shapes.length, rowsRead: 0, rowCount: body.rowCount };
      onProgress?.(progress);
      const block = await readRows(context, worksheet, body.rowIndex, header.columnIndex, body.rowCount,
        header.columnCount, (rowsRead) => onProgress?.({ ...progress, rowsRead }));
      result.push({
        name: table.name,
        sheet: worksheet.name,
        firstColumn: header.columnIndex + 1,
        headerRow: header.rowIndex + 1,
        headers: header.values[0].map((h) => String(h)),
        rows: block.values.map((cells, r) => ({
          sheetRow: body.rowIndex + r + 1,
          cells: cells.map((value, c) => toCell(value, block.valueTypes[r][c])),
        })),
      });
    }
    return result;
  });
}

function toCell(value: unknown, type: string): CellJson {
  if (type === "Error") {
    return { error: String(value) };
  }
  if (type === "Empty" || value === "" || value === null || value === undefined) {
    return null;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  return String(value);
}
