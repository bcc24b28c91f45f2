import { describe, expect, it } from "vitest";
import { InitiativeRowError, addInitiative, readInitiativeChoices } from "../../../src/excel/initiatives";
import { installExcel, sampleSeed } from "../../support/fakeExcel";

describe("addInitiative", () => {
  it("addInitiative_NewId_AddsOneRowInTheTablesColumnOrderAndNamesTextAsText", async () => {
    const model = installExcel(sampleSeed());
    const row = await addInitiative({ InitiativeId: "NEW-1", name: "=cmd|' /C calc'!A0", Stage: "Idea",
      MonthlyBudgetCap: 1200, RiskLevel: "High", Workflow: "" });
    const table = model.table("Initiatives")!;
    expect(row).toEqual({ row: 26, dropped: [] });
    expect(table.rows).toBe(25);
    const headers = table.headers();
    const added = table.values()[24];
    expect(added[headers.indexOf("InitiativeId")]).toBe("NEW-1");
    expect(added[headers.indexOf("Name")]).toBe("=cmd|' /C calc'!A0");
    expect(table.sheet.get(25, headers.indexOf("Name"))!.formula).toBeUndefined();
    expect(added[headers.indexOf("MonthlyBudgetCap")]).toBe(1200);
    expect(added[headers.indexOf("Workflow")]).toBe("");
  });

  it.each([
    [{ InitiativeId: "DHS-0088", Name: "again" }, "already used"],
    [{ InitiativeId: "", Name: "nameless" }, "needs an InitiativeId"],
    [{ InitiativeId: "N-2", Colour: "blue" }, "no column Colour"],
  ])("addInitiative_InvalidRow_%#_RefusesAndWritesNothing", async (values, message) => {
    const model = installExcel(sampleSeed());
    await expect(addInitiative(values)).rejects.toThrow(InitiativeRowError);
    await expect(addInitiative(values)).rejects.toThrow(message);
    expect(model.table("Initiatives")!.rows).toBe(24);
  });

  it("addInitiative_OptionalColumnTheTableLacks_AddsTheRowAndNamesWhatWasNotKept", async () => {
    const model = installExcel(sampleSeed());
    const added = await addInitiative({ InitiativeId: "NEW-2", Name: "Triage", Stage: "Idea", MonthlyBudgetCap: 10,
      Purpose: "Flags benefit claims for review." }, ["Purpose"]);
    expect(added).toEqual({ row: 26, dropped: ["Purpose"] });
    expect(model.table("Initiatives")!.rows).toBe(25);
  });

  it("addInitiative_OptionalColumnTheTableHas_KeepsIt", async () => {
    const model = installExcel(sampleSeed());
    const added = await addInitiative({ InitiativeId: "NEW-3", Name: "Triage", Stage: "Idea", MonthlyBudgetCap: 10,
      Workflow: "Claims intake" }, ["Workflow"]);
    const table = model.table("Initiatives")!;
    expect(added.dropped).toEqual([]);
    expect(table.values()[24][table.headers().indexOf("Workflow")]).toBe("Claims intake");
  });

  it("addInitiative_PurposeNotDeclaredOptional_RefusesWhenTheTableLacksIt", async () => {
    const model = installExcel(sampleSeed());
    await expect(addInitiative({ InitiativeId: "NEW-4", Name: "Triage", Purpose: "Flags claims." }))
      .rejects.toThrow("no column Purpose");
    expect(model.table("Initiatives")!.rows).toBe(24);
  });

  it("readInitiativeChoices_Sample_GivesEveryIdWithItsNameInSheetOrder", async () => {
    const model = installExcel(sampleSeed());
    const table = model.table("Initiatives")!;
    const h = table.headers();
    const choices = await readInitiativeChoices();
    expect(choices).toHaveLength(24);
    expect(choices).toEqual(table.values().map((r) => ({ id: String(r[h.indexOf("InitiativeId")]), name: String(r[h.indexOf("Name")]) })));
    expect(choices[0].id).toBe("DHS-0088");
    expect(choices[0].name).not.toBe("");
  });

  it("readInitiativeChoices_RowWithoutAnId_LeftOut", async () => {
    const model = installExcel(sampleSeed());
    const table = model.table("Initiatives")!;
    table.sheet.write(table.top + 2, table.left + table.headers().indexOf("InitiativeId"), "  ");
    const choices = await readInitiativeChoices();
    expect(choices).toHaveLength(23);
    expect(choices.map((c) => c.id)).not.toContain("");
  });

  it("readInitiativeChoices_NoInitiativesTable_RefusesRatherThanAnEmptyList", async () => {
    const model = installExcel(sampleSeed());
    model.tables.splice(model.tables.indexOf(model.table("Initiatives")!), 1);
    await expect(readInitiativeChoices()).rejects.toThrow("no Initiatives table");
  });
});
