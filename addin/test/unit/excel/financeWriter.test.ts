import { describe, expect, it } from "vitest";
import { writeFinance } from "../../../src/excel/financeWriter";
import { EXCEL_PAYLOAD_LIMIT_BYTES } from "../../../src/excel/payload";
import type { WorkbookModel } from "../../fakes/fakeModel";
import { installExcel, sampleSeed } from "../../support/fakeExcel";
import { financeInitiative, financeReport, overage } from "../../support/financeDocuments";

const SHEETS = ["AsOfMonth", "InitiativeMonths", "Exceptions"];

function snapshot(model: WorkbookModel): unknown {
  return model.sheets.filter((s) => !SHEETS.includes(s.name)).map((s) => [s.name, s.entries()]);
}

describe("writeFinance", () => {
  it("writeFinance_SampleWorkbook_WritesEachTableOnItsSheetAsLaidOutWithTheChart", async () => {
    const model = installExcel(sampleSeed());
    const before = snapshot(model);
    const report = financeReport([financeInitiative("A-1"), financeInitiative("A-2", { spend: 2500, overCap: 500 })],
      { overages: [overage("A-2", "cfo@example.org", true)] });
    const progress: [number, number][] = [];

    const written = await writeFinance(report, (done, of) => progress.push([done, of]));

    expect(written.sheet).toBe("AsOfMonth");
    expect(written.tables).toEqual([
      { name: "FinanceAsOfMonth", address: "AsOfMonth!A1:F3", rows: 2 },
      { name: "FinanceInitiativeMonths", address: "InitiativeMonths!A1:F2", rows: 1 },
      { name: "FinanceExceptions", address: "Exceptions!A1:F2", rows: 1 },
    ]);
    expect(progress.at(-1)).toEqual([4, 4]);
    const sheet = model.sheet("AsOfMonth")!;
    expect(model.table("FinanceAsOfMonth")!.values().map((r) => [r[0], r[3]])).toEqual([["A-1", 1500.25], ["A-2", 2500]]);
    expect(sheet.get(1, 3)!.format).toBe("#,##0.00 \"EUR\"");
    expect(sheet.get(1, 5)!.format).toBe("0.0%");
    expect(model.table("FinanceInitiativeMonths")!.values()[0].slice(4)).toEqual(["Within decision rights", "cfo@example.org"]);
    expect(model.sheet("InitiativeMonths")!.get(1, 2)).toMatchObject({ value: 46327, format: "mmm yyyy" });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ name: "FinanceSpend", type: "ColumnClustered", valueFormat: "#,##0" });
    expect(sheet.charts[0].series.map((s) => [s.name, s.values!.left, s.xAxis!.left, s.fill]))
      .toEqual([["Spend", 3, 0, "#2E75B6"], ["Cap", 4, 0, "#7F7F7F"]]);
    for (const name of SHEETS) {
      expect(model.sheet(name)!.frozenRows).toBe(1);
    }
    expect(snapshot(model)).toEqual(before);
  });

  it("writeFinance_SecondRun_ReplacesItsSheetsWholeKeepingEveryOtherSheet", async () => {
    const model = installExcel(sampleSeed());
    await writeFinance(financeReport([1, 2, 3, 4].map((i) => financeInitiative(`A-${i}`))));
    model.sheet("AsOfMonth")!.write(30, 0, "my note");
    const before = snapshot(model);
    const tablesBefore = model.tables.length;

    await writeFinance(financeReport([financeInitiative("B-1")], { exceptions: [] }));

    expect(model.tables).toHaveLength(tablesBefore);
    const sheet = model.sheet("AsOfMonth")!;
    expect(model.table("FinanceAsOfMonth")!.values().map((r) => r[0])).toEqual(["B-1"]);
    expect(sheet.get(2, 0)).toBeUndefined();
    expect(sheet.get(30, 0)).toBeUndefined();
    expect(model.table("FinanceExceptions")!.values()).toEqual([["", "", "", "", "", ""]]);
    expect(sheet.charts).toHaveLength(1);
    expect(snapshot(model)).toEqual(before);
  });

  it.each([["=HYPERLINK(\"http://evil\",\"x\")"], ["+1+2"], ["-SUM(A1)"], ["@cmd"]])(
    "writeFinance_FormulaLookingText_%s_LandsAsText", async (text) => {
      const model = installExcel(sampleSeed());
      await writeFinance(financeReport([financeInitiative(text, { name: text })]));
      for (const column of [0, 1]) {
        const cell = model.sheet("AsOfMonth")!.get(1, column)!;
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe(text);
      }
    });

  it("writeFinance_TwoThousandInitiativesWithLongNotes_EveryRequestUnderTheLimit", async () => {
    const model = installExcel(sampleSeed());
    const note = "approved for the migration surge ".repeat(60);
    const report = financeReport(Array.from({ length: 2_000 }, (_, i) => financeInitiative(`L-${i}`, { name: note })),
      { overages: Array.from({ length: 2_000 }, (_, i) => ({ ...overage(`L-${i}`, "cfo@example.org", true), name: note })) });
    const start = model.batches.length;

    const written = await writeFinance(report);

    expect(written.tables.map((t) => t.rows)).toEqual([2_000, 2_000, 1]);
    const batches = model.batches.slice(start);
    expect(Math.max(...batches.map((b) => b.request))).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    expect(batches.length).toBeGreaterThan(4);
    expect(batches.length).toBeLessThan(30);
  });
});
