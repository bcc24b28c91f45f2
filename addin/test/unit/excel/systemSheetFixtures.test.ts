import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { FinanceReportDocument } from "../../../src/api/types";
import { writeFinance } from "../../../src/excel/financeWriter";
import { writeReview } from "../../../src/excel/reviewWriter";
import { installExcel, sampleSeed } from "../../support/fakeExcel";
import { sampleReviewAnswer, sampleReviewSheet } from "../../support/reviewDocuments";
import { type SheetFixture, readBack } from "../../support/sheetFixture";

// ADR 0031: the add-in writes the sheets the backend writes. The fixtures come from the .NET test
// SystemSheetFixtureTests (the sample's answers as of 2026-11-20, and the sheets review --write and the finance report
// workbook hold, read back from the .xlsx); here each answer goes through the add-in's table writer into the Excel
// fake, and the sheet read back from the fake must be the backend's: headers, values, number formats, widths, wrap,
// fills, table style, frozen header and chart.

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8")) as T;

it("writeReview_SampleAnswer_WritesTheSheetReviewWriteWrites", async () => {
  const model = installExcel(sampleSeed());
  await writeReview(sampleReviewAnswer());
  expect(readBack(model, "Review")).toEqual(sampleReviewSheet());
});

it("writeFinance_SampleAnswer_WritesTheAsOfMonthSheetTheReportWorkbookHolds", async () => {
  const model = installExcel(sampleSeed());
  await writeFinance(fixture<FinanceReportDocument>("finance-response.json"));
  // The report workbook prints with its own title in the footer; inserted into the portfolio, the sheet prints as the
  // system sheets do, so the print setup is compared apart.
  const { print, ...sheet } = readBack(model, "FinanceAsOfMonth");
  expect(sheet).toEqual(fixture<SheetFixture>("finance-asofmonth-sheet.json"));
  // Three pages wide with its chart; its wrapped Name column is too wide to repeat, so only the initiative id does.
  expect(print).toEqual({
    landscape: true, fitToPage: true, pagesWide: 3, pagesTall: 0, titleRows: "$1:$1", titleColumns: "$A:$A", overThenDown: true,
    leftFooter: "&F: AsOfMonth as of 2026-11-20", rightFooter: "Page &P of &N",
  });
});
