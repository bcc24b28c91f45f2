/** Installs the Excel fake as the global `Excel` for one test, over a model. */
import { excelNamespace } from "../fakes/excelFake";
import { WorkbookModel, type WorkbookSeed } from "../fakes/fakeModel";
import { readXlsxSeed } from "./xlsxSeed";

export const SAMPLE_XLSX = new URL("../../../samples/portfolio.xlsx", import.meta.url).pathname;

export function installExcel(seed: WorkbookSeed): WorkbookModel {
  const model = WorkbookModel.fromSeed(seed);
  (globalThis as Record<string, unknown>).Excel = excelNamespace(model);
  return model;
}

export function sampleSeed(): WorkbookSeed {
  return readXlsxSeed(SAMPLE_XLSX, "https://contoso.sharepoint.com/sites/ai/Shared%20Documents/portfolio.xlsx");
}
