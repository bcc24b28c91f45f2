import { describe, expect, it } from "vitest";
import { EXCEL_PAYLOAD_LIMIT_BYTES } from "../../../src/excel/payload";
import { writeReview } from "../../../src/excel/reviewWriter";
import { columnWidthPoints } from "../../../src/excel/tableWriter";
import type { WorkbookModel } from "../../fakes/fakeModel";
import { installExcel, sampleSeed } from "../../support/fakeExcel";
import { initiativeReview, reviewDocument, sampleReviewAnswer } from "../../support/reviewDocuments";

const headers = sampleReviewAnswer().sheet!.layout.columns.map((c) => c.header);
const col = (header: string) => headers.indexOf(header);

function snapshot(model: WorkbookModel, except = "Review"): unknown {
  return model.sheets.filter((s) => s.name !== except).map((s) => [s.name, s.entries()]);
}

describe("writeReview", () => {
  it("writeReview_SampleWorkbook_AddsReviewTableAsTheLayoutSays", async () => {
    const model = installExcel(sampleSeed());
    const before = snapshot(model);
    const review = reviewDocument([
      initiativeReview("A-1", { verdict: "Expand" }),
      initiativeReview("A-2", { verdict: "Pause", spend: { ...initiativeReview("x").spend, monthToDate: 3000, overCap: true } }),
    ]);
    const written = await writeReview(review);
    expect(written).toMatchObject({ sheet: "Review", address: "Review!A1:U3", rows: 2 });
    const table = model.table("Review")!;
    expect(table.headers()).toEqual(headers);
    expect(table.style).toBe("TableStyleMedium2");
    expect(table.values().map((r) => r[col("Verdict")])).toEqual(["Expand", "Pause"]);
    expect(table.values()[1][col("MonthToDate")]).toBe(3000);
    expect(table.values()[1][col("OverCap")]).toBe("Yes");
    const sheet = model.sheet("Review")!;
    expect(sheet.get(1, col("MonthToDate"))!.format).toBe("#,##0.00");
    expect(sheet.get(1, col("CapUsed"))!.format).toBe("0.0%");
    expect(sheet.get(1, col("DecisionDue"))!.format).toBe("yyyy-mm-dd");
    expect(sheet.get(1, col("Reasons"))!.wrap).toBe(true);
    expect(sheet.get(1, col("Name"))!.wrap).toBeUndefined();
    expect(sheet.columnWidths[col("Reasons")]).toBe(columnWidthPoints(60));
    expect(sheet.fillOf(1, col("Verdict"))).toBe("#C6EFCE");
    expect(sheet.fillOf(2, col("Verdict"))).toBe("#F8CBAD");
    expect(sheet.fillOf(1, col("Economics"))).toBe("#FFC7CE");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ name: "ReviewSpend", type: "ColumnClustered", valueFormat: "#,##0",
      title: "Month-to-date spend against cap (USD)" });
    expect(sheet.charts[0].series.map((s) => [s.name, s.values!.left, s.xAxis!.left, s.fill]))
      .toEqual([["Month to date", col("MonthToDate"), 0, "#2E75B6"], ["Cap", col("Cap"), 0, "#7F7F7F"]]);
    expect(sheet.charts[0].position![0]).toMatchObject({ top: 0, left: headers.length + 1 });
    expect(snapshot(model)).toEqual(before);
    expect(model.tables.map((t) => t.name)).toEqual(["Settings", "Initiatives", "Agents", "Metrics", "Observations",
      "Spend", "DecisionRights", "Review"]);
  });

  it("writeReview_SecondRun_ReplacesTheReviewSheetWholeAsReviewWriteDoes", async () => {
    const model = installExcel(sampleSeed());
    await writeReview(reviewDocument([1, 2, 3].map((i) => initiativeReview(`A-${i}`))));
    model.sheet("Review")!.write(0, 25, "my note");
    const before = snapshot(model);
    await writeReview(reviewDocument([initiativeReview("B-1", { verdict: "Stop" }), initiativeReview("B-2")]));
    const sheet = model.sheet("Review")!;
    expect(model.tables.filter((t) => t.name === "Review")).toHaveLength(1);
    expect(model.table("Review")!.values().map((r) => r[0])).toEqual(["B-1", "B-2"]);
    expect(sheet.get(3, 0)).toBeUndefined();
    expect(sheet.get(0, 25)).toBeUndefined();
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.fillOf(1, col("Verdict"))).toBe("#FFC7CE");
    expect(sheet.conditionalFormats.filter((f) => f.rect.left === col("Verdict"))).toHaveLength(7);
    expect(snapshot(model)).toEqual(before);
    expect(model.sheets.map((s) => s.name)).not.toContain("Review (new)");
  });

  it("writeReview_ReviewTableOnAnotherSheet_RefusesAndWritesNothing", async () => {
    const seed = sampleSeed();
    seed.sheets.push({ name: "Mine", tables: [{ name: "Review", top: 0, left: 0, headers: ["A"], rows: [["x"]] }] });
    const model = installExcel(seed);
    const before = snapshot(model, "");
    const error = await writeReview(reviewDocument([initiativeReview("A-1")])).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("already exists on sheet 'Mine'");
    expect(snapshot(model, "")).toEqual(before);
  });

  it("writeReview_ReviewSheetWithUserContentButNoTable_RefusesAndWritesNothing", async () => {
    const seed = sampleSeed();
    seed.sheets.push({ name: "Review", tables: [], cells: [{ row: 0, column: 0, value: "Notes" }, { row: 2, column: 1, value: "x" }] });
    const model = installExcel(seed);
    const before = snapshot(model, "");
    const error = await writeReview(reviewDocument([initiativeReview("A-1")])).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("Sheet 'Review' exists but does not hold the Review table");
    expect(snapshot(model, "")).toEqual(before);
    expect(model.sheet("Review")!.get(0, 0)!.value).toBe("Notes");
  });

  it("writeReview_AnswerWithoutSheet_ThrowsAndWritesNothing", async () => {
    const model = installExcel(sampleSeed());
    const before = snapshot(model, "");
    const review = { ...reviewDocument([initiativeReview("A-1")]), sheet: undefined };
    await expect(writeReview(review)).rejects.toThrow("carries no Review sheet");
    expect(snapshot(model, "")).toEqual(before);
  });

  it.each([
    [[["A-1"]], "Review row 1 has 1 values for 21 columns."],
    [[[...headers.map(() => null as unknown)].map((v, i) => (i === 2 ? { x: 1 } : v))], "Review[Owner] row 1:"],
  ])("writeReview_BadRow_%#_ThrowsNamingTableRowAndColumnBeforeWriting", async (rows, message) => {
    const model = installExcel(sampleSeed());
    const before = snapshot(model, "");
    const review = reviewDocument([initiativeReview("A-1")]);
    await expect(writeReview({ ...review, sheet: { ...review.sheet!, rows } })).rejects.toThrow(message);
    expect(snapshot(model, "")).toEqual(before);
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
