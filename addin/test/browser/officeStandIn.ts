/**
 * The Office.js stand-in of the browser tests, injected before the pane's scripts (Playwright's addInitScript): an
 * `Office` with onReady, the document's URL and requirement sets, and the Excel fake over an in-memory workbook
 * seeded from samples/portfolio.xlsx, exposed as `window.__workbook` for the test's assertions.
 */
import { excelNamespace } from "../fakes/excelFake";
import { WorkbookModel, type WorkbookSeed } from "../fakes/fakeModel";

export function install(seed: WorkbookSeed): void {
  const model = WorkbookModel.fromSeed(seed);
  const info = { host: "Excel", platform: "OfficeOnline" };
  const w = window as unknown as Record<string, unknown>;
  w.__workbook = model;
  w.Excel = excelNamespace(model);
  w.Office = {
    HostType: { Excel: "Excel" },
    onReady: (callback?: (i: typeof info) => unknown) => {
      const ready = new Promise<typeof info>((resolve) => {
        if (document.readyState === "loading") {
          document.addEventListener("DOMContentLoaded", () => resolve(info));
        } else {
          resolve(info);
        }
      });
      if (callback) void ready.then(callback);
      return ready;
    },
    context: {
      document: { url: seed.documentUrl },
      requirements: { isSetSupported: () => true },
    },
    auth: {
      getAccessToken: () => Promise.reject(new Error("The stand-in has no single sign-on.")),
    },
  };
}
