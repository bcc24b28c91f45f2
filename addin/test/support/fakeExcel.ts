/** Installs the Excel fake as the global `Excel` for one test, over a model. */
import { excelNamespace } from "../fakes/excelFake";
import { WorkbookModel, type WorkbookSeed } from "../fakes/fakeModel";
import { readXlsxSeed } from "./xlsxSeed";

export const SAMPLE_XLSX = new URL("../../../samples/portfolio.xlsx", import.meta.url).pathname;

/**
 * Installs the Excel fake, and an `Office` whose requirement check answers for ExcelApi up to `excelApi` (the default
 * 1.11 has every set the pane uses; a lower one stands for an older Excel).
 */
export function installExcel(seed: WorkbookSeed, excelApi = "1.11"): WorkbookModel {
  const model = WorkbookModel.fromSeed(seed);
  (globalThis as Record<string, unknown>).Excel = excelNamespace(model);
  const minor = (version: string) => Number(version.split(".")[1] ?? 0);
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && minor(version) <= minor(excelApi) } },
  };
  return model;
}

export function sampleSeed(): WorkbookSeed {
  return readXlsxSeed(SAMPLE_XLSX, "https://contoso.sharepoint.com/sites/ai/Shared%20Documents/portfolio.xlsx");
}
