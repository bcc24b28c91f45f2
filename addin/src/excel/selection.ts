import { excelRun } from "./excelRun";

/**
 * Activates `sheet` and selects `cell` (A1 form) on it: the control beside a backend problem that names a cell.
 * @throws the Excel error when the sheet no longer exists
 */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await excelRun(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
