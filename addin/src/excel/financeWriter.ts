import type { FinanceReportDocument } from "../api/types";
import { writeTable } from "./tableWriter";

/** What an insert did: the first table's sheet, and each table's name, address and data rows. */
export interface FinanceWritten {
  sheet: string;
  tables: { name: string; address: string; rows: number }[];
  batches: number;
}

/**
 * Inserts the finance report's tables (issue 11; docs/rules.md#finance-report) from the answer's `sheets`: the as-of
 * month against caps with its chart of spend against each cap, every initiative month with the Overage decision
 * covering it, and the exceptions, each on its own sheet exactly as the report workbook writes them (ADR 0031),
 * through the one table writer, which replaces each table's sheet whole. Money is in the report's currency.
 * @param onProgress rows written so far, of the total
 * @throws Error as {@link writeTable} does; the tables before the failing one stay written
 */
export async function writeFinance(
  report: FinanceReportDocument,
  onProgress?: (rowsWritten: number, rowCount: number) => void,
): Promise<FinanceWritten> {
  const total = report.sheets.reduce((n, s) => n + s.rows.length, 0);
  const tables: FinanceWritten["tables"] = [];
  let batches = 0;
  let done = 0;
  for (const sheet of report.sheets) {
    const before = done;
    const written = await writeTable(sheet, (rows) => onProgress?.(before + rows, total));
    done += written.rows;
    batches += written.batches;
    tables.push({ name: sheet.layout.tableName, address: written.address, rows: written.rows });
  }
  return { sheet: report.sheets[0]?.layout.sheetName ?? "", tables, batches };
}
