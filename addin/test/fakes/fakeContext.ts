/**
 * The batching core of the Excel fake: a request context that queues loads and writes until `sync()`, refusing a
 * batch over the model's limit (5 MB) as Excel on the web does, and proxies whose properties are readable only after
 * their load was synced. Also A1 addresses and the errors Office.js throws.
 */
import type { Rect, WorkbookModel } from "./fakeModel";

type Op = { request: number; run: () => number };
export const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

export class Context {
  readonly ops: Op[] = [];
  readonly workbook: unknown;
  constructor(readonly model: WorkbookModel, workbook: (context: Context) => unknown) {
    this.workbook = workbook(this);
  }
  queue(request: number, run: () => number | void): void {
    this.ops.push({ request, run: () => run() ?? 0 });
  }
  async sync(): Promise<void> {
    const ops = this.ops.splice(0);
    const request = ops.reduce((n, op) => n + op.request, 0);
    if (request > this.model.limitBytes) {
      throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
    }
    let response = 0;
    for (const op of ops) response += op.run();
    this.model.batches.push({ request, response });
    if (response > this.model.limitBytes) {
      throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
    }
  }
}

/** An object whose properties are read only after load + sync. */
export class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: Context, private readers: Record<string, () => unknown>,
    protected exists: () => boolean = () => true) {}
  load(props: string | string[]): this {
    const names = typeof props === "string" ? props.split(",").map((p) => p.trim()) : props;
    this.ctx.queue(0, () => {
      let n = 0;
      for (const name of names) {
        const read = this.readers[name];
        if (!read) throw new Error(`fake: cannot load ${name}`);
        // Office.js loads a null object's properties as null instead of failing.
        const value = this.exists() ? read() : null;
        this.loaded.set(name, value);
        n += bytes(value ?? null);
      }
      return n;
    });
    return this;
  }
  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new Error(`PropertyNotLoaded: ${name} was read before load() and sync().`);
    }
    return this.loaded.get(name) as T;
  }
}

export class NullableProxy extends Loadable {
  constructor(ctx: Context, readers: Record<string, () => unknown>, exists: () => boolean) {
    super(ctx, readers, exists);
    ctx.queue(0, () => void this.loaded.set("isNullObject", !exists()));
  }
  get isNullObject(): boolean {
    return this.got<boolean>("isNullObject");
  }
}

export function shape<T>(values: T[][], rows: number, columns: number): T[][] {
  if (values.length !== rows || values.some((row) => row.length !== columns)) {
    throw Object.assign(new Error(`fake: ${values.length} rows for a range of ${rows}x${columns}`), { code: "InvalidArgument" });
  }
  return values;
}

export function columnName(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(rect: Rect): string {
  const start = `${columnName(rect.left)}${rect.top + 1}`;
  return rect.rows === 1 && rect.columns === 1 ? start : `${start}:${columnName(rect.left + rect.columns - 1)}${rect.top + rect.rows}`;
}

export function parseA1(address: string): Rect {
  const [start, end = start] = address.split(":").map((part) => {
    const m = /^([A-Z]+)(\d+)$/.exec(part.replace(/\$/g, ""));
    if (!m) throw new Error(`fake: bad address ${address}`);
    const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, column };
  });
  return { top: start.row, left: start.column, rows: end.row - start.row + 1, columns: end.column - start.column + 1 };
}

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw Object.assign(new Error(`ItemNotFound: ${what}`), { code: "ItemNotFound" });
  return value;
}

