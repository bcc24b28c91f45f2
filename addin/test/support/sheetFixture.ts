/**
 * Reads a system table back from the Excel fake into the shape of the fixtures the .NET test SystemSheetFixtureTests
 * reads from the .xlsx files the backend writes (ADR 0031), so the two can be compared whole.
 */
import { cellAddress } from "../../src/excel/sheetCells";
import type { SheetModel, WorkbookModel } from "../fakes/fakeModel";

/** A written system sheet as a user meets it (the fixtures' shape). */
export interface SheetFixture {
  tableName: string;
  sheetName: string;
  tableStyle: string;
  frozenRows: number;
  columns: { header: string; width: number; numberFormat: string; wrap: boolean; fills: Record<string, string> }[];
  rows: (string | number | null)[][];
  charts: { type: string; title: string; categories: string; series: { name: string; values: string; colour: string }[];
    valueFormat: string }[];
  /** How the sheet prints; absent where the writer set no print setup. */
  print?: { landscape: boolean; fitToPage: boolean; pagesWide: number; pagesTall: number; titleRows: string | null;
    titleColumns: string | null; overThenDown: boolean; leftFooter: string; rightFooter: string } | null;
}

const range = (sheet: string, rect: { top: number; left: number; rows: number }) =>
  `${cellAddress(sheet, rect.top, rect.left).replace(/([A-Z]+)(\d+)$/, "$$$1$$$2")}:` +
  cellAddress(null, rect.top + rect.rows - 1, rect.left).replace(/([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The table `name` and its sheet as the fixtures describe them. */
export function readBack(model: WorkbookModel, name: string): SheetFixture {
  const table = model.table(name)!;
  const sheet: SheetModel = table.sheet;
  const rows = Array.from({ length: table.rows }, (_, r) => r + 1);
  return {
    tableName: table.name,
    sheetName: sheet.name,
    tableStyle: table.style,
    frozenRows: sheet.frozenRows,
    columns: table.headers().map((header, c) => ({
      header,
      // Points back to characters of Calibri 11 (7 pixels each and 5 of padding, 0.75 points a pixel).
      width: Math.round(((sheet.columnWidths[c] / 0.75 - 5) / 7) * 100) / 100,
      numberFormat: sheet.get(1, c)?.format ?? "General",
      wrap: sheet.get(1, c)?.wrap === true,
      fills: Object.fromEntries(rows.flatMap((r) => {
        const fill = sheet.fillOf(r, c);
        return fill ? [[String(sheet.get(r, c)!.value), fill.replace("#", "")]] : [];
      }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    })),
    rows: rows.map((r) => table.headers().map((_, c) => {
      const value = sheet.get(r, c)?.value;
      return value === undefined || value === "" ? null : (value as string | number);
    })),
    charts: sheet.charts.map((chart) => ({
      type: chart.type,
      title: chart.title ?? "",
      categories: range(sheet.name, chart.series[0].xAxis!),
      series: chart.series.map((s) => ({ name: s.name, values: range(sheet.name, s.values!), colour: s.fill!.replace("#", "") })),
      valueFormat: chart.valueFormat ?? "",
    })),
    ...(sheet.pageLayout && {
      print: {
        landscape: sheet.pageLayout.orientation === "Landscape",
        fitToPage: sheet.pageLayout.zoom?.horizontalFitToPages !== undefined,
        pagesWide: sheet.pageLayout.zoom?.horizontalFitToPages ?? 1,
        pagesTall: sheet.pageLayout.zoom?.verticalFitToPages ?? 1,
        titleRows: sheet.pageLayout.printTitleRows ?? null,
        titleColumns: sheet.pageLayout.printTitleColumns ?? null,
        overThenDown: sheet.pageLayout.printOrder === "OverThenDown",
        leftFooter: sheet.pageLayout.leftFooter ?? "",
        rightFooter: sheet.pageLayout.rightFooter ?? "",
      },
    }),
  };
}

