import { readRows } from "./chunkedRead";
import { SheetBlockedError, type Rect } from "./sheetCells";

/**
 * The parts of `target` that no rect of `own` covers, as disjoint rects (0-based indexes): what a write must check
 * before it covers cells that are not its own.
 */
export function uncovered(target: Rect, own: readonly Rect[]): Rect[] {
  let parts = [target];
  for (const rect of own) {
    parts = parts.flatMap((part) => subtract(part, rect));
  }
  return parts;
}

/**
 * Refuses a write into `target` when a cell of it outside the writer's own earlier tables (`own`) is not empty, before
 * anything is written: reads only the uncovered parts, in chunks under Excel on the web's 5 MB limit.
 * @param what what the write would put there, such as "Review table", for the message
 * @param redo what to do again once the cell is moved, such as "review again"
 * @param onSync called once per `context.sync` the reads take
 * @throws SheetBlockedError naming the first non-empty cell, row by row
 */
export async function ensureFree(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  target: Rect,
  own: readonly Rect[],
  what: string,
  redo: string,
  onSync?: () => void,
): Promise<void> {
  for (const part of uncovered(target, own)) {
    const block = await readRows(context, sheet, part.top, part.left, part.rows, part.columns, onSync);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "" && value !== null) {
          throw new SheetBlockedError(sheet.name, part.top + r, part.left + c, what, redo);
        }
      }),
    );
  }
}

// `part` minus `hole`: the bands above and below the overlap across the whole width, then those left and right of it.
function subtract(part: Rect, hole: Rect): Rect[] {
  const top = Math.max(part.top, hole.top);
  const bottom = Math.min(part.top + part.rows, hole.top + hole.rows);
  const left = Math.max(part.left, hole.left);
  const right = Math.min(part.left + part.columns, hole.left + hole.columns);
  if (top >= bottom || left >= right) {
    return [part];
  }
  const pieces: Rect[] = [];
  if (part.top < top) {
    pieces.push({ top: part.top, left: part.left, rows: top - part.top, columns: part.columns });
  }
  if (bottom < part.top + part.rows) {
    pieces.push({ top: bottom, left: part.left, rows: part.top + part.rows - bottom, columns: part.columns });
  }
  if (part.left < left) {
    pieces.push({ top, left: part.left, rows: bottom - top, columns: left - part.left });
  }
  if (right < part.left + part.columns) {
    pieces.push({ top, left: right, rows: bottom - top, columns: part.left + part.columns - right });
  }
  return pieces;
}
