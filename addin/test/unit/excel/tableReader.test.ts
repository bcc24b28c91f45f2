import { describe, expect, it } from "vitest";
import { EXCEL_PAYLOAD_LIMIT_BYTES } from "../../../src/excel/payload";
import { INPUT_TABLES, readTables } from "../../../src/excel/tableReader";
import type { WorkbookSeed } from "../../fakes/fakeModel";
import { installExcel, sampleSeed } from "../../support/fakeExcel";
import { LARGE, largePortfolioSeed } from "../../support/largePortfolio";

describe("readTables", () => {
  it("readTables_SamplePortfolio_ReadsEveryInputTableByNameWithSheetRows", async () => {
    const model = installExcel(sampleSeed());
    const tables = await readTables();
    expect(tables.map((t) => t.name)).toEqual(INPUT_TABLES);
    const initiatives = tables.find((t) => t.name === "Initiatives")!;
    expect(initiatives).toMatchObject({ sheet: "Initiatives", firstColumn: 1, headerRow: 1 });
    expect(initiatives.rows).toHaveLength(24);
    expect(initiatives.rows[0].sheetRow).toBe(2);
    expect(initiatives.rows[0].cells[0]).toBe("DHS-0088");
    expect(initiatives.rows[0].cells[initiatives.headers.indexOf("RiskLevel")]).toBeNull();
    expect(initiatives.rows[0].cells[initiatives.headers.indexOf("MonthlyBudgetCap")]).toBe(15000);
    expect(tables.find((t) => t.name === "Observations")!.rows).toHaveLength(780);
    expect(model.runOptions).toContainEqual({ delayForCellEdit: true });
  });

  it("readTables_TableAwayFromA1WithUserColumnAndErrorCell_GivesPositionAndEveryColumn", async () => {
    const seed: WorkbookSeed = { sheets: [{ name: "My rights", tables: [{ name: "DecisionRights", top: 4, left: 2,
      headers: ["Note", "DecisionType", "Approver"], rows: [["mine", "Expand", "cto@example.org"], ["", "Stop", "x"]] }] }] };
    const model = installExcel(seed);
    model.sheet("My rights")!.put(6, 4, { value: "#N/A", error: "#N/A" });
    const [table] = await readTables(["DecisionRights"], []);
    expect(table).toMatchObject({ sheet: "My rights", firstColumn: 3, headerRow: 5, headers: ["Note", "DecisionType", "Approver"] });
    expect(table.rows).toEqual([
      { sheetRow: 6, cells: ["mine", "Expand", "cto@example.org"] },
      { sheetRow: 7, cells: [null, "Stop", { error: "#N/A" }] },
    ]);
  });

  it("readTables_MissingRequiredAndOptionalTables_LeavesThemOutForTheBackendToName", async () => {
    installExcel({ sheets: [{ name: "S", tables: [{ name: "Settings", top: 0, left: 0, headers: ["Key", "Value"], rows: [["Currency", "USD"]] }] }] });
    const tables = await readTables();
    expect(tables.map((t) => t.name)).toEqual(["Settings"]);
  });

  it("readTables_DecisionLogPresent_ReadsIt", async () => {
    const seed = sampleSeed();
    seed.sheets.push({ name: "DecisionLog", tables: [{ name: "DecisionLog", top: 0, left: 0, headers: ["Sequence", "DecisionId"], rows: [[1, "d1"]] }] });
    installExcel(seed);
    const tables = await readTables();
    expect(tables.at(-1)).toMatchObject({ name: "DecisionLog", rows: [{ sheetRow: 2, cells: [1, "d1"] }] });
  });

  it("readTables_LargePortfolio_EveryResponseUnderTheLimitAndEveryRowRead", async () => {
    const model = installExcel(largePortfolioSeed());
    const tables = await readTables();
    const rows = Object.fromEntries(tables.map((t) => [t.name, t.rows.length]));
    expect(rows).toMatchObject({ Initiatives: LARGE.initiatives, Metrics: LARGE.metrics,
      Observations: LARGE.metrics * LARGE.periods, Spend: LARGE.spend });
    const observations = tables.find((t) => t.name === "Observations")!;
    expect(observations.rows.at(-1)!.sheetRow).toBe(LARGE.metrics * LARGE.periods + 1);
    expect(observations.rows.at(-1)!.cells[1]).toBe(`Metric ${LARGE.metrics - 1}`);
    const largest = Math.max(...model.batches.map((b) => Math.max(b.request, b.response)));
    expect(largest).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    // Chunked by size, not by row: the 360,000 rows take tens of batches, not thousands.
    expect(model.batches.length).toBeGreaterThan(10);
    expect(model.batches.length).toBeLessThan(100);
  }, 60_000);

  it("readTables_RowsLongerThanTheFirstGuess_HalvesTheRefusedChunkAndReadsEverything", async () => {
    const long = "x".repeat(2_000);
    const rows = Array.from({ length: 600 }, (_, i) => [`M${i}`, long, long, long]);
    const model = installExcel({ sheets: [{ name: "Metrics", tables: [{ name: "Metrics", top: 0, left: 0,
      headers: ["InitiativeId", "A", "B", "C"], rows }] }] });
    model.limitBytes = 1024 * 1024;
    const [table] = await readTables(["Metrics"], []);
    expect(table.rows).toHaveLength(600);
    expect(table.rows[599].cells[0]).toBe("M599");
    expect(model.batches.every((b) => b.response <= model.limitBytes || b.request === 0)).toBe(true);
  });
});
