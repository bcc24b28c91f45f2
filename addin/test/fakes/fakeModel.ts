/**
 * The in-memory workbook behind the Excel fake: sheets of cells, tables (ListObjects), conditional formats, charts,
 * frozen rows and the selection. It models what Excel does with `Range.values` writes that the pane relies on: a
 * leading apostrophe makes text, text beginning with `=`, `+`, `-` or `@` otherwise becomes a formula.
 */

export type Scalar = string | number | boolean;

export interface Cell {
  value: Scalar;
  /** Set when Excel would have taken the written text as a formula. */
  formula?: string;
  error?: string;
  format?: string;
  /** Set when the cell wraps its text. */
  wrap?: boolean;
}

export interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface ConditionalFormat {
  rect: Rect;
  type: string;
  fill?: string;
  rule?: { formula1: string; operator: string };
}

export interface ChartModel {
  name: string;
  type: string;
  title?: string;
  series: { name: string; values?: Rect; xAxis?: Rect; fill?: string }[];
  position?: [Rect, Rect];
  valueFormat?: string;
}

/** A sheet's print setup as `worksheet.pageLayout` sets it (ExcelApi 1.9). */
export interface PageLayoutModel {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  printTitleColumns?: string;
  printOrder?: string;
  leftFooter?: string;
  rightFooter?: string;
}

export class SheetModel {
  // Rows of cells by 0-based index: a sparse array of arrays, so 2 million cells stay cheap to build and read.
  private readonly grid: (Cell | undefined)[][] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly charts: ChartModel[] = [];
  /** Column widths in points by 0-based column, where set. */
  readonly columnWidths: number[] = [];
  frozenRows = 0;
  /** The print setup, once the pane has set any of it. */
  pageLayout?: PageLayoutModel;

  constructor(public name: string) {}

  get(row: number, column: number): Cell | undefined {
    return this.grid[row]?.[column];
  }

  /** Sets a cell as stored (no write semantics), for seeding and for tests. */
  put(row: number, column: number, cell: Cell | undefined): void {
    (this.grid[row] ??= [])[column] = cell;
  }

  /** Every stored cell as [row,column key, cell], row by row: for snapshots in tests. */
  entries(): [string, Cell][] {
    const out: [string, Cell][] = [];
    this.grid.forEach((row, r) => row?.forEach((cell, c) => cell && out.push([`${r},${c}`, cell])));
    return out;
  }

  /** Writes as `Range.values` does. */
  write(row: number, column: number, value: unknown): void {
    const { format, wrap } = this.get(row, column) ?? {};
    const kept = { ...(format !== undefined && { format }), ...(wrap !== undefined && { wrap }) };
    if (value === "" || value === null || value === undefined) {
      this.put(row, column, format || wrap ? { value: "", ...kept } : undefined);
      return;
    }
    if (typeof value === "string" && value.startsWith("'")) {
      this.put(row, column, { value: value.slice(1), ...kept });
    } else if (typeof value === "string" && /^[=+\-@]/.test(value) && format !== "@") {
      if (/^[+-]\d+(\.\d+)?$/.test(value)) {
        this.put(row, column, { value: Number(value), ...kept });
      } else {
        this.put(row, column, { value: "#NAME?", formula: value, error: "#NAME?", ...kept });
      }
    } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      this.put(row, column, { value, ...kept });
    } else {
      throw new Error(`fake: cannot write ${JSON.stringify(value)}`);
    }
  }

  setFormat(row: number, column: number, format: string): void {
    this.put(row, column, { ...(this.get(row, column) ?? { value: "" }), format });
  }

  clear(rect: Rect): void {
    for (let r = rect.top; r < rect.top + rect.rows; r++) {
      for (let c = rect.left; c < rect.left + rect.columns; c++) {
        this.put(r, c, undefined);
      }
    }
  }

  /** The bounding box of non-empty cells, or null. */
  usedRect(): Rect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const [key, cell] of this.entries()) {
      if (cell.value === "") continue;
      const [r, c] = key.split(",").map(Number);
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** The fill a conditional format gives a cell (CellValue EqualTo rules, as the pane writes them). */
  fillOf(row: number, column: number): string | undefined {
    const value = this.get(row, column)?.value;
    return this.conditionalFormats.find((f) => inside(f.rect, row, column) && f.rule?.operator === "EqualTo"
      && f.rule.formula1 === `="${String(value)}"`)?.fill;
  }
}

export class TableModel {
  style = "";
  constructor(public name: string, public sheet: SheetModel, public top: number, public left: number,
    public rows: number, public columns: number) {}

  get rect(): Rect {
    return { top: this.top, left: this.left, rows: this.rows + 1, columns: this.columns };
  }

  headers(): string[] {
    return Array.from({ length: this.columns }, (_, c) => String(this.sheet.get(this.top, this.left + c)?.value ?? ""));
  }

  /** The data rows' values, for assertions. */
  values(): Scalar[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => this.sheet.get(this.top + 1 + r, this.left + c)?.value ?? ""));
  }
}

export function inside(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row < rect.top + rect.rows && column >= rect.left && column < rect.left + rect.columns;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

/** A workbook seed: sheets with tables given by top-left (0-based) cell, headers and rows. */
export interface WorkbookSeed {
  documentUrl?: string;
  sheets: { name: string; tables: { name: string; top: number; left: number; headers: string[]; rows: Scalar[][] }[];
    cells?: { row: number; column: number; value: Scalar }[] }[];
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** Bytes of every batch's request and response, in order. */
  readonly batches: { request: number; response: number }[] = [];
  readonly runOptions: unknown[] = [];
  limitBytes = 5 * 1024 * 1024;

  static fromSeed(seed: WorkbookSeed): WorkbookModel {
    const model = new WorkbookModel();
    for (const s of seed.sheets) {
      const sheet = new SheetModel(s.name);
      model.sheets.push(sheet);
      for (const t of s.tables) {
        t.headers.forEach((h, c) => sheet.write(t.top, t.left + c, h));
        t.rows.forEach((row, r) => row.forEach((v, c) => {
          if (v !== "" && v !== null) sheet.put(t.top + 1 + r, t.left + c, { value: v });
        }));
        model.tables.push(new TableModel(t.name, sheet, t.top, t.left, t.rows.length, t.headers.length));
      }
      for (const cell of s.cells ?? []) {
        sheet.write(cell.row, cell.column, cell.value);
      }
    }
    return model;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
}
