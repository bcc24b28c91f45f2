import { expect, it } from "vitest";
import { writeTable } from "../../../src/excel/tableWriter";
import { installExcel, sampleSeed } from "../../support/fakeExcel";
import { initiativeReview, reviewSheet } from "../../support/reviewDocuments";

// docs/rules.md#written-workbooks: a system sheet prints as many pages wide as its layout says (ADR 0031), with its header
// row (and, when wider than a page, its identifying columns) on every page and a footer.

const printed = { landscape: true, pagesWide: 1, pagesTall: 0, headerRow: 1, footerLeft: "&F: Review as of 2026-11-20", footerRight: "Page &P of &N",
  titleColumns: 0, overThenDown: false };

it("writeTable_LayoutWithPrint_SetsLandscapeFitToOnePageWideTitleRowAndFooter", async () => {
  const model = installExcel(sampleSeed());
  const table = reviewSheet([initiativeReview("INI-1")]);

  await writeTable({ ...table, layout: { ...table.layout, print: printed } });

  expect(model.sheet("Review")!.pageLayout).toEqual({
    orientation: "Landscape",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: "$1:$1",
    leftFooter: "&F: Review as of 2026-11-20",
    rightFooter: "Page &P of &N",
  });
});

it("writeTable_PrintPagesWide_FitsToThemWithTitleColumnsOverThenDown", async () => {
  const model = installExcel(sampleSeed());
  const table = reviewSheet([initiativeReview("INI-1")]);

  await writeTable({ ...table, layout: { ...table.layout, print: { ...printed, pagesWide: 4, titleColumns: 2, overThenDown: true } } });

  expect(model.sheet("Review")!.pageLayout).toMatchObject({
    zoom: { horizontalFitToPages: 4, verticalFitToPages: 0 },
    printTitleRows: "$1:$1",
    printTitleColumns: "$A:$B",
    printOrder: "OverThenDown",
  });
});

it("writeTable_LayoutWithoutPrint_LeavesExcelsPrintSetup", async () => {
  const model = installExcel(sampleSeed());
  const table = reviewSheet([initiativeReview("INI-1")]);

  await writeTable({ ...table, layout: { ...table.layout, print: null } });

  expect(model.sheet("Review")!.pageLayout).toBeUndefined();
});

it("writeTable_ExcelBeforePageLayoutApi_WritesTheTableWithoutPrintSetup", async () => {
  const model = installExcel(sampleSeed(), "1.8");
  const table = reviewSheet([initiativeReview("INI-1")]);

  const written = await writeTable({ ...table, layout: { ...table.layout, print: printed } });

  expect(written.rows).toBe(1);
  expect(model.sheet("Review")!.pageLayout).toBeUndefined();
});
