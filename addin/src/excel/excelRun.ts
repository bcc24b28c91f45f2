/**
 * The one way the pane enters Excel: `Excel.run` with `delayForCellEdit`, so a user typing in a cell delays the batch
 * instead of failing it with `InvalidOperationInCellEditMode` (ExcelApi 1.11; ignored where unsupported).
 */
export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
