import { describe, expect, it } from "vitest";
import { AS_OF_MONTH_COLUMNS, EXCEPTIONS_TABLE, OVERAGES_TABLE, OVERAGE_COLUMNS } from "../../../src/excel/financeColumns";
import { FINANCE_CHART, writeFinance } from "../../../src/excel/financeWriter";
import { EXCEL_PAYLOAD_LIMIT_BYTES } from "../../../src/excel/payload";
import { SheetBlockedError } from "../../../src/excel/sheetCells";
import type { WorkbookModel } from "../../fakes/fakeModel";
import { installExcel, sampleSeed } from "../../support/fakeExcel";
import { financeInitiative, financeReport, overage } from "../../support/financeDocuments";
import { SERIES_COLOURS, VALUE_FORMAT } from "../../../src/excel/chartStyle";

const col = (header: string) => AS_OF_MONTH_COLUMNS.findIndex((c) => c.header === header);

function snapshot(model: WorkbookModel, except = "Finance"): unknown {
  return model.sheets.filter((s) => s.name !== except).map((s) => [s.name, s.entries()]);
}

describe("writeFinance", () => {
  it("writeFinance_SampleWorkbook_AddsTheThreeTablesWithCurrencyFormatsAndTheChart", async () => {
    const model = installExcel(sampleSeed());
    const before = snapshot(model);
    const report = financeReport([financeInitiative("A-1"), financeInitiative("A-2", { spend: 2500, overCap: 500 })],
      { overages: [overage("A-2", "cfo@example.org", true)] });

    const written = await writeFinance(report);

    expect(written.sheet).toBe("Finance");
    expect(written.tables).toEqual([
      { name: "FinanceAsOfMonth", address: "Finance!A1:L3", rows: 2 },
      { name: "FinanceExceptions", address: "Finance!N1:S2", rows: 1 },
      { name: "FinanceOverages", address: "Finance!U1:AG2", rows: 1 },
    ]);
    const sheet = model.sheet("Finance")!;
    expect(model.table("FinanceAsOfMonth")!.values().map((r) => [r[0], r[col("Spend")]])).toEqual([["A-1", 1500.25], ["A-2", 2500]]);
    expect(sheet.get(1, col("Spend"))!.format).toBe("#,##0.00 \"EUR\"");
    expect(sheet.get(1, col("CapUsed"))!.format).toBe("0%");
    const approvals = model.table(OVERAGES_TABLE)!;
    const h = (name: string) => OVERAGE_COLUMNS.findIndex((c) => c.header === name);
    expect(approvals.values()[0].filter((_, i) => [h("ApprovedBy"), h("Verified"), h("Overage")].includes(i)))
      .toEqual(["Within decision rights", "cfo@example.org", "Yes"]);
    expect(sheet.get(1, approvals.left + h("Month"))).toMatchObject({ value: 46327, format: "yyyy-mm-dd" });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ name: FINANCE_CHART, type: "BarClustered" });
    expect(sheet.charts[0].series.map((s) => [s.name, s.values!.left, s.xAxis!.left])).toEqual([["Spend", col("Spend"), 0], ["Cap", col("Cap"), 0]]);
    expect(sheet.charts[0].series.map((s) => s.fill)).toEqual([SERIES_COLOURS.spend, SERIES_COLOURS.cap]);
    expect(sheet.charts[0].valueFormat).toBe(VALUE_FORMAT);
    expect(sheet.frozenRows).toBe(1);
    expect(snapshot(model)).toEqual(before);
  });

  it("writeFinance_UnverifiedApproval_WritesVerifiedNo", async () => {
    const model = installExcel(sampleSeed());
    await writeFinance(financeReport([financeInitiative("A-1")], { overages: [overage("A-1", "cfo@example.org", false)] }));
    const row = model.table(OVERAGES_TABLE)!.values()[0];
    expect(row[OVERAGE_COLUMNS.findIndex((c) => c.header === "Verified")]).toBe("No");
    expect(row[OVERAGE_COLUMNS.findIndex((c) => c.header === "Overage")]).toBe("Unverified");
  });

  it("writeFinance_SecondRun_ReplacesOnlyItsTablesAndChartKeepingOtherCellsOnTheSheet", async () => {
    const model = installExcel(sampleSeed());
    await writeFinance(financeReport([1, 2, 3, 4].map((i) => financeInitiative(`A-${i}`))));
    const sheet = model.sheet("Finance")!;
    sheet.write(30, 0, "my note");
    const tablesBefore = model.tables.length;

    await writeFinance(financeReport([financeInitiative("B-1")], { exceptions: [] }));

    expect(model.tables).toHaveLength(tablesBefore);
    expect(model.table("FinanceAsOfMonth")!.values().map((r) => r[0])).toEqual(["B-1"]);
    expect(sheet.get(2, 0)).toBeUndefined();
    expect(model.table(EXCEPTIONS_TABLE)!.values()).toEqual([["", "", "", "", "", ""]]);
    expect(sheet.get(30, 0)!.value).toBe("my note");
    expect(sheet.charts).toHaveLength(1);
  });

  it("writeFinance_UserCellWhereTheLargerTableWouldGo_RefusesAndWritesNothing", async () => {
    const model = installExcel(sampleSeed());
    await writeFinance(financeReport([financeInitiative("A-1")]));
    const sheet = model.sheet("Finance")!;
    sheet.write(3, 1, "keep me");
    const before = sheet.entries();

    const error = await writeFinance(financeReport([1, 2, 3].map((i) => financeInitiative(`B-${i}`)))).catch((e) => e);

    expect(error).toBeInstanceOf(SheetBlockedError);
    expect(error).toMatchObject({ sheet: "Finance", cell: "B4", what: "finance tables" });
    expect(sheet.entries()).toEqual(before);
    expect(model.table("FinanceAsOfMonth")!.values()[0][0]).toBe("A-1");
  });

  it("writeFinance_FinanceSheetWithUserContentButNoTables_PlacesTheTablesBelowIt", async () => {
    const seed = sampleSeed();
    seed.sheets.push({ name: "Finance", tables: [], cells: [{ row: 0, column: 0, value: "Budget notes" }] });
    const model = installExcel(seed);
    const written = await writeFinance(financeReport([financeInitiative("A-1")]));
    expect(written.tables[0].address).toBe("Finance!A3:L4");
    expect(model.sheet("Finance")!.get(0, 0)!.value).toBe("Budget notes");
  });

  it.each([["=HYPERLINK(\"http://evil\",\"x\")"], ["+1+2"], ["-SUM(A1)"], ["@cmd"]])(
    "writeFinance_FormulaLookingText_%s_LandsAsText", async (text) => {
      const model = installExcel(sampleSeed());
      await writeFinance(financeReport([financeInitiative(text, { name: text })]));
      for (const header of ["InitiativeId", "Name"]) {
        const cell = model.sheet("Finance")!.get(1, col(header))!;
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

    expect(written.tables.map((t) => t.rows)).toEqual([2_000, 1, 2_000]);
    const batches = model.batches.slice(start);
    expect(Math.max(...batches.map((b) => b.request))).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    expect(batches.length).toBeGreaterThan(4);
    expect(batches.length).toBeLessThan(30);
  });
});
