import { expect, it } from "vitest";
import { writeReview } from "../../../src/excel/reviewWriter";
import type { SheetModel, WorkbookModel } from "../../fakes/fakeModel";
import { installExcel, sampleSeed } from "../../support/fakeExcel";
import { type ReviewSheetFixture, sampleReviewAnswer, sampleReviewSheet } from "../../support/reviewDocuments";
import { cellAddress } from "../../../src/excel/sheetCells";

// ADR 0031: the add-in writes the Review table review --write writes. Both fixtures come from the .NET test
// ReviewSheetFixtureTests (the review answer of the sample as of 2026-11-20, and the sheet the CLI wrote, read back
// from the .xlsx); here the answer goes through the add-in's table writer into the Excel fake, and the sheet read back
// from the fake must be the CLI's: headers, values, number formats, widths, wrap, fills, style, frozen header, chart.

const range = (sheet: string, rect: { top: number; left: number; rows: number }) =>
  `${cellAddress(sheet, rect.top, rect.left).replace(/([A-Z]+)(\d+)$/, "$$$1$$$2")}:` +
  cellAddress(null, rect.top + rect.rows - 1, rect.left).replace(/([A-Z]+)(\d+)$/, "$$$1$$$2");

function readBack(model: WorkbookModel, name: string): ReviewSheetFixture {
  const table = model.table(name)!;
  const sheet: SheetModel = table.sheet;
  const rows = Array.from({ length: table.rows }, (_, r) => r + 1);
  return {
    tableName: table.name,
    sheetName: sheet.name,
    tableStyle: table.style,
    frozenRows: sheet.frozenRows,
    columns: table.headers().map((header, c) => ({
      header,
      // Points back to characters of Calibri 11 (7 pixels each and 5 of padding, 0.75 points a pixel).
      width: Math.round(((sheet.columnWidths[c] / 0.75 - 5) / 7) * 100) / 100,
      numberFormat: sheet.get(1, c)?.format ?? "General",
      wrap: sheet.get(1, c)?.wrap === true,
      fills: Object.fromEntries(rows.flatMap((r) => {
        const fill = sheet.fillOf(r, c);
        return fill ? [[String(sheet.get(r, c)!.value), fill.replace("#", "")]] : [];
      }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    })),
    rows: rows.map((r) => table.headers().map((_, c) => {
      const value = sheet.get(r, c)?.value;
      return value === undefined || value === "" ? null : (value as string | number);
    })),
    charts: sheet.charts.map((chart) => ({
      type: chart.type,
      title: chart.title ?? "",
      categories: range(sheet.name, chart.series[0].xAxis!),
      series: chart.series.map((s) => ({ name: s.name, values: range(sheet.name, s.values!), colour: s.fill!.replace("#", "") })),
      valueFormat: chart.valueFormat ?? "",
    })),
  };
}

it("writeReview_SampleAnswer_WritesTheSheetReviewWriteWrites", async () => {
  const model = installExcel(sampleSeed());
  await writeReview(sampleReviewAnswer());
  expect(readBack(model, "Review")).toEqual(sampleReviewSheet());
});
