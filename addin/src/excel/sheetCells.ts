/** A block of a sheet by 0-based indexes. */
export interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** The column letters of a 0-based column index (0 = A, 26 = AA). */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `Sheet!A1` for 0-based indexes, the sheet quoted as Excel does when it is not letters, digits and `_`. */
export function cellAddress(sheet: string | null, row: number, column: number): string {
  const cell = `${columnLetters(column)}${row + 1}`;
  if (sheet === null) {
    return cell;
  }
  const quoted = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}

/** A write refused because it would cover a cell someone else filled in; nothing was written. */
export class SheetBlockedError extends Error {
  /** The sheet of the blocking cell. */
  readonly sheet: string;
  /** The cell, as A1. */
  readonly cell: string;

  /** What would have covered it, such as "Review table". */
  readonly what: string;

  /**
   * @param what what the write would have put there, such as "Review table" or "finance tables"
   * @param redo what to do again once the cell is moved, such as "review again"
   */
  constructor(sheet: string, row: number, column: number, what = "Review table", redo = "review again") {
    const cell = cellAddress(null, row, column);
    super(`${cellAddress(sheet, row, column)} holds data the new ${what} would cover; nothing was written. ` +
      `Move that data or the ${what}, then ${redo}.`);
    this.name = "SheetBlockedError";
    this.sheet = sheet;
    this.cell = cell;
    this.what = what;
  }
}
