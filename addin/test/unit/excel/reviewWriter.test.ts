import { describe, expect, it } from "vitest";
import { EXCEL_PAYLOAD_LIMIT_BYTES } from "../../../src/excel/payload";
import { REVIEW_COLUMNS } from "../../../src/excel/reviewColumns";
import { REVIEW_CHART, writeReview } from "../../../src/excel/reviewWriter";
import { SheetBlockedError } from "../../../src/excel/sheetCells";
import type { WorkbookModel } from "../../fakes/fakeModel";
import { installExcel, sampleSeed } from "../../support/fakeExcel";
import { initiativeReview, reviewDocument } from "../../support/reviewDocuments";
import { SERIES_COLOURS, VALUE_FORMAT } from "../../../src/excel/chartStyle";

const col = (header: string) => REVIEW_COLUMNS.findIndex((c) => c.header === header);

function snapshot(model: WorkbookModel, except = "Review"): unknown {
  return model.sheets.filter((s) => s.name !== except).map((s) => [s.name, s.entries()]);
}

describe("writeReview", () => {
  it("writeReview_SampleWorkbook_AddsReviewTableWithFormatsColoursFrozenHeaderAndChart", async () => {
    const model = installExcel(sampleSeed());
    const before = snapshot(model);
    const review = reviewDocument([
      initiativeReview("A-1", { verdict: "Expand" }),
      initiativeReview("A-2", { verdict: "Pause", spend: { ...initiativeReview("x").spend, monthToDate: 3000, overCap: true } }),
    ]);
    const written = await writeReview(review);
    expect(written).toMatchObject({ sheet: "Review", address: "Review!A1:U3", rows: 2 });
    const table = model.table("Review")!;
    expect(table.headers()).toEqual(REVIEW_COLUMNS.map((c) => c.header));
    expect(table.values().map((r) => r[col("Verdict")])).toEqual(["Expand", "Pause"]);
    expect(table.values()[1][col("MonthToDate")]).toBe(3000);
    expect(table.values()[1][col("OverCap")]).toBe("Yes");
    const sheet = model.sheet("Review")!;
    expect(sheet.get(1, col("MonthToDate"))!.format).toBe("#,##0.00");
    expect(sheet.get(1, col("CapUsed"))!.format).toBe("0%");
    expect(sheet.get(1, col("DecisionDue"))!.value).toBe(46353);
    expect(sheet.fillOf(1, col("Verdict"))).toBe("#C6EFCE");
    expect(sheet.fillOf(2, col("Verdict"))).toBe("#F8CBAD");
    expect(sheet.fillOf(1, col("Economics"))).toBe("#FFC7CE");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ name: REVIEW_CHART, type: "BarClustered" });
    expect(sheet.charts[0].series.map((s) => [s.name, s.values!.left, s.xAxis!.left]))
      .toEqual([["Month to date", col("MonthToDate"), 0], ["Cap", col("Cap"), 0]]);
    expect(sheet.charts[0].series.map((s) => s.fill)).toEqual([SERIES_COLOURS.spend, SERIES_COLOURS.cap]);
    expect(sheet.charts[0].valueFormat).toBe(VALUE_FORMAT);
    expect(snapshot(model)).toEqual(before);
    expect(model.tables.map((t) => t.name)).toEqual(["Settings", "Initiatives", "Agents", "Metrics", "Observations",
      "Spend", "DecisionRights", "Review"]);
  });

  it("writeReview_SecondRun_ReplacesOnlyItsTableAndChartKeepingOtherCellsOnTheSheet", async () => {
    const model = installExcel(sampleSeed());
    await writeReview(reviewDocument([1, 2, 3].map((i) => initiativeReview(`A-${i}`))));
    const sheet = model.sheet("Review")!;
    sheet.write(0, 25, "my note");
    await writeReview(reviewDocument([initiativeReview("B-1", { verdict: "Stop" }), initiativeReview("B-2")]));
    expect(model.tables.filter((t) => t.name === "Review")).toHaveLength(1);
    expect(model.table("Review")!.values().map((r) => r[0])).toEqual(["B-1", "B-2"]);
    expect(sheet.get(3, 0)).toBeUndefined();
    expect(sheet.get(0, 25)!.value).toBe("my note");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.fillOf(1, col("Verdict"))).toBe("#FFC7CE");
    expect(sheet.conditionalFormats.filter((f) => f.rect.left === col("Verdict"))).toHaveLength(7);
  });

  it("writeReview_UserCellWhereTheLargerTableWouldGo_RefusesAndWritesNothing", async () => {
    const model = installExcel(sampleSeed());
    await writeReview(reviewDocument([initiativeReview("A-1")]));
    const sheet = model.sheet("Review")!;
    sheet.write(3, 2, "keep me");
    const before = sheet.entries();
    const error = await writeReview(reviewDocument([1, 2, 3].map((i) => initiativeReview(`B-${i}`)))).catch((e) => e);
    expect(error).toBeInstanceOf(SheetBlockedError);
    expect(error).toMatchObject({ sheet: "Review", cell: "C4" });
    expect(sheet.entries()).toEqual(before);
    expect(model.table("Review")!.values()[0][0]).toBe("A-1");
  });

  it("writeReview_ReviewSheetWithUserContentButNoTable_PlacesTheTableBelowIt", async () => {
    const seed = sampleSeed();
    seed.sheets.push({ name: "Review", tables: [], cells: [{ row: 0, column: 0, value: "Notes" }, { row: 2, column: 1, value: "x" }] });
    const model = installExcel(seed);
    const written = await writeReview(reviewDocument([initiativeReview("A-1")]));
    expect(written.address).toBe("Review!A5:U6");
    expect(model.sheet("Review")!.get(0, 0)!.value).toBe("Notes");
    expect(model.sheet("Review")!.frozenRows).toBe(5);
  });

  it.each([
    ["=HYPERLINK(\"http://evil\",\"x\")"], ["+1+2"], ["-SUM(A1)"], ["@cmd"], ["-5"],
  ])("writeReview_FormulaLookingText_%s_LandsAsText", async (text) => {
    const model = installExcel(sampleSeed());
    await writeReview(reviewDocument([initiativeReview(text, { name: text, reasons: [text], owner: text })]));
    const sheet = model.sheet("Review")!;
    for (const header of ["InitiativeId", "Name", "Owner", "Reasons"]) {
      const cell = sheet.get(1, col(header))!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
    }
  });

  it("writeReview_TwoThousandInitiativesWithLongReasons_EveryRequestUnderTheLimit", async () => {
    const model = installExcel(sampleSeed());
    const reasons = Array.from({ length: 8 }, (_, i) => `reason ${i}: ${"the scorecard missed its target ".repeat(20)}`);
    const review = reviewDocument(Array.from({ length: 2_000 }, (_, i) => initiativeReview(`L-${i}`, { reasons })));
    const start = model.batches.length;
    const written = await writeReview(review);
    expect(written.rows).toBe(2_000);
    expect(model.table("Review")!.rows).toBe(2_000);
    const batches = model.batches.slice(start);
    expect(Math.max(...batches.map((b) => b.request))).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    // About 11 MB of rows: several bulk writes, never one per row.
    expect(batches.length).toBeGreaterThan(4);
    expect(batches.length).toBeLessThan(20);
  });
});
