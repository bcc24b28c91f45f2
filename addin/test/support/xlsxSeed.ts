/**
 * Reads the tables of an .xlsx file (samples/portfolio.xlsx) into a {@link WorkbookSeed} for the Excel fake: each
 * table part's name and ref, its sheet, and the cells' values as Excel's `Range.values` gives them (numbers, dates as
 * serials, shared and inline strings, booleans). Test code only.
 */
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { unzipSync, strFromU8 } from "fflate";
import type { Scalar, WorkbookSeed } from "../fakes/fakeModel";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true,
  isArray: (name) => ["sheet", "row", "c", "si", "r", "Relationship", "tablePart", "tableColumn"].includes(name),
  parseTagValue: false, trimValues: false });

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const n = node as Record<string, unknown>;
  if ("#text" in n) return String(n["#text"]);
  return "";
}

function ref(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { row: Number(m[2]) - 1, column: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

export function readXlsxSeed(path: string, documentUrl: string): WorkbookSeed {
  const files = unzipSync(readFileSync(path));
  const xml = (name: string) => parser.parse(strFromU8(files[name]));
  const rels = (name: string) => {
    const dir = name.slice(0, name.lastIndexOf("/"));
    const relPath = `${dir}/_rels/${name.slice(name.lastIndexOf("/") + 1)}.rels`;
    if (!files[relPath]) return new Map<string, string>();
    return new Map(asArray(xml(relPath).Relationships.Relationship).map((r: Record<string, string>) =>
      [r.Id, r.Target.startsWith("/") ? r.Target.slice(1) : `${dir}/${r.Target}`.replace(/[^/]+\/\.\.\//g, "")]));
  };
  const shared = files["xl/sharedStrings.xml"]
    ? asArray(xml("xl/sharedStrings.xml").sst.si).map((si: Record<string, unknown>) =>
      si.t !== undefined ? text(si.t) : asArray(si.r as unknown[]).map((r) => text((r as Record<string, unknown>).t)).join(""))
    : [];
  const workbookRels = rels("xl/workbook.xml");
  const seed: WorkbookSeed = { documentUrl, sheets: [] };
  for (const sheet of asArray(xml("xl/workbook.xml").workbook.sheets.sheet) as Record<string, string>[]) {
    const sheetPath = workbookRels.get(sheet.id)!;
    const doc = xml(sheetPath).worksheet;
    const cells = new Map<string, Scalar>();
    for (const row of asArray(doc.sheetData?.row) as Record<string, unknown>[]) {
      for (const c of asArray(row.c as Record<string, unknown>[])) {
        const raw = c.t === "inlineStr" ? text((c.is as Record<string, unknown>)?.t) : text(c.v);
        const value: Scalar = c.t === "s" ? shared[Number(raw)] : c.t === "b" ? raw === "1"
          : c.t === "str" || c.t === "inlineStr" ? raw : raw === "" ? "" : Number(raw);
        const at = ref(String(c.r));
        cells.set(`${at.row},${at.column}`, value);
      }
    }
    const sheetRels = rels(sheetPath);
    const tables = asArray(doc.tableParts?.tablePart).map((part: Record<string, string>) => {
      const table = xml(sheetRels.get(part.id)!).table;
      const [start, end] = String(table.ref).split(":").map(ref);
      const get = (r: number, c: number) => cells.get(`${r},${c}`) ?? "";
      const columns = end.column - start.column + 1;
      return {
        name: String(table.displayName ?? table.name),
        top: start.row, left: start.column,
        headers: Array.from({ length: columns }, (_, c) => String(get(start.row, start.column + c))),
        rows: Array.from({ length: end.row - start.row }, (_, r) =>
          Array.from({ length: columns }, (_, c) => get(start.row + 1 + r, start.column + c))),
      };
    });
    seed.sheets.push({ name: sheet.name, tables });
  }
  return seed;
}
