import { cellValue } from "./cellText";
import { readRows } from "./chunkedRead";
import { excelRun } from "./excelRun";

/** The Initiatives table's name (docs/rules.md#workbook-contract). */
export const INITIATIVES_TABLE = "Initiatives";

/**
 * A new Initiatives row: values by header (matched trimmed and case-insensitively); empty values and the columns not
 * named stay empty.
 */
export type InitiativeValues = Record<string, string | number | null | undefined>;

/** A row that cannot be added; nothing was written. */
export class InitiativeRowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InitiativeRowError";
  }
}

const key = (header: string) => header.trim().toLowerCase();

/** A row added: its sheet row (1-based) and the optional columns whose values were not kept (the table lacks them). */
export interface AddedInitiative {
  row: number;
  dropped: string[];
}

/**
 * Adds one row to the Initiatives table (Classify, docs/rules.md#excel-add-in), in one `rows.add` whatever the table's
 * column order, user columns left empty; text that could be read as a formula lands as text.
 * @param optional columns a workbook may not have yet (such as Purpose, added to the workbook contract later): their
 *   values are left out, and named in `dropped`, when the table has no such column
 * @throws InitiativeRowError when there is no Initiatives table, a value names no other column, or the InitiativeId
 *   is missing or already used (checked before anything is written)
 */
export async function addInitiative(row: InitiativeValues, optional: readonly string[] = []): Promise<AddedInitiative> {
  const given = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  return excelRun(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(INITIATIVES_TABLE);
    table.load("name");
    await context.sync();
    if (table.isNullObject) {
      throw new InitiativeRowError("This workbook has no Initiatives table; add an Excel table named Initiatives first.");
    }
    const header = table.getHeaderRowRange().load(["values", "columnIndex", "columnCount"]);
    const body = table.getDataBodyRange().load(["rowIndex", "rowCount"]);
    const worksheet = table.worksheet.load("name");
    await context.sync();
    const headers = header.values[0].map((h) => key(String(h)));
    const optionalKeys = optional.map(key);
    const dropped = Object.keys(given).filter((name) => optionalKeys.includes(key(name)) && !headers.includes(key(name)));
    const values = Object.fromEntries(Object.entries(given).filter(([name]) => !dropped.includes(name)));
    const unknown = Object.keys(values).filter((name) => !headers.includes(key(name)));
    if (unknown.length > 0) {
      throw new InitiativeRowError(`Initiatives has no column ${unknown.join(", ")}.`);
    }
    const idColumn = headers.indexOf("initiativeid");
    const id = String(Object.entries(values).find(([name]) => key(name) === "initiativeid")?.[1] ?? "").trim();
    if (idColumn < 0 || id === "") {
      throw new InitiativeRowError("Initiatives[InitiativeId]: a new initiative needs an InitiativeId.");
    }
    const ids = await readRows(context, worksheet, body.rowIndex, header.columnIndex + idColumn, body.rowCount, 1);
    const taken = ids.values.findIndex(([existing]) => String(existing).trim().toLowerCase() === id.toLowerCase());
    if (taken >= 0) {
      throw new InitiativeRowError(
        `Initiatives[InitiativeId] row ${taken + 1}: '${id}' is already used; choose another InitiativeId.`);
    }
    const byKey = new Map(Object.entries(values).map(([name, value]) => [key(name), value]));
    table.rows.add(undefined, [headers.map((h) => cellValue(byKey.get(h) ?? null))]);
    await context.sync();
    return { row: body.rowIndex + body.rowCount + 1, dropped };
  });
}

/** An initiative the Decide form can pick: its InitiativeId and Name (empty when the table has no Name column). */
export interface InitiativeChoice {
  id: string;
  name: string;
}

/**
 * The initiatives of the Initiatives table, in sheet order, for the Decide form's list (docs/rules.md#excel-add-in: a
 * decision names an initiative of the workbook); rows without an InitiativeId are left out. An empty array means the
 * table has no such row yet.
 * @throws InitiativeRowError when the workbook has no Initiatives table or the table has no InitiativeId column
 *   (no list can be offered; an empty one would say the workbook has no initiatives)
 */
export async function readInitiativeChoices(): Promise<InitiativeChoice[]> {
  return excelRun(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(INITIATIVES_TABLE);
    table.load("name");
    await context.sync();
    if (table.isNullObject) {
      throw new InitiativeRowError("This workbook has no Initiatives table; add an Excel table named Initiatives first.");
    }
    const header = table.getHeaderRowRange().load(["values", "columnIndex"]);
    const body = table.getDataBodyRange().load(["rowIndex", "rowCount"]);
    const worksheet = table.worksheet.load("name");
    await context.sync();
    const headers = header.values[0].map((h) => key(String(h)));
    const idColumn = headers.indexOf("initiativeid");
    if (idColumn < 0) {
      throw new InitiativeRowError("Initiatives has no InitiativeId column.");
    }
    const column = async (index: number) => index < 0 ? [] :
      (await readRows(context, worksheet, body.rowIndex, header.columnIndex + index, body.rowCount, 1)).values;
    const [ids, names] = [await column(idColumn), await column(headers.indexOf("name"))];
    return ids.map(([id], row) => ({ id: String(id).trim(), name: String(names[row]?.[0] ?? "").trim() }))
      .filter((choice) => choice.id !== "");
  });
}
