import { describe, expect, it } from "vitest";
import { uncovered } from "../../../src/excel/freeSpace";
import type { Rect } from "../../../src/excel/sheetCells";

const cells = (rects: Rect[]): string[] =>
  rects.flatMap((r) =>
    Array.from({ length: r.rows * r.columns }, (_, i) => `${r.top + Math.floor(i / r.columns)},${r.left + (i % r.columns)}`),
  ).sort();

const cellsOf = (target: Rect, own: Rect[]): string[] =>
  cells([target]).filter((cell) => {
    const [row, column] = cell.split(",").map(Number);
    return !own.some((o) => row >= o.top && row < o.top + o.rows && column >= o.left && column < o.left + o.columns);
  });

describe("uncovered", () => {
  const target: Rect = { top: 2, left: 1, rows: 6, columns: 5 };

  it.each([
    ["no own table", []],
    ["the old table inside the target", [{ top: 3, left: 2, rows: 2, columns: 2 }]],
    ["a shorter, narrower old table at the same corner", [{ top: 2, left: 1, rows: 3, columns: 2 }]],
    ["an old table covering all of it", [{ top: 0, left: 0, rows: 20, columns: 20 }]],
    ["an old table elsewhere", [{ top: 30, left: 30, rows: 2, columns: 2 }]],
    ["two overlapping old tables", [{ top: 1, left: 0, rows: 3, columns: 3 }, { top: 2, left: 2, rows: 5, columns: 2 }]],
  ])("uncovered_%s_IsExactlyTheCellsNoOwnTableHolds", (_name, own: Rect[]) => {
    const parts = uncovered(target, own);

    expect(cells(parts)).toEqual(cellsOf(target, own));
    expect(new Set(cells(parts)).size).toBe(cells(parts).length);
  });

  it("uncovered_OldTableAtTheSameCorner_ReadsOnlyTheBandsBelowAndRight", () => {
    expect(uncovered(target, [{ top: 2, left: 1, rows: 3, columns: 2 }])).toEqual([
      { top: 5, left: 1, rows: 3, columns: 5 },
      { top: 2, left: 3, rows: 3, columns: 3 },
    ]);
  });
});
