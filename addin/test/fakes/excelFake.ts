/**
 * A fake of the Excel JavaScript API subset the pane uses (src/excel), over a {@link WorkbookModel}. Like Office.js it
 * queues every load and write until `context.sync()`, throws on a property read before its load was synced, and
 * refuses a batch whose request or response exceeds 5 MB with `RequestPayloadSizeLimitExceeded`.
 */
import { type ChartModel, type Rect, SheetModel, TableModel, WorkbookModel, intersects } from "./fakeModel";
import { Context, NullableProxy, a1, bytes, need, parseA1, shape } from "./fakeContext";

function rangeProxy(ctx: Context, sheet: () => SheetModel, rect: () => Rect, exists: () => boolean = () => true) {
  const cellsOf = (pick: (r: number, c: number, s: SheetModel) => unknown) => () => {
    const { top, left, rows, columns } = rect();
    const s = sheet();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => pick(top + r, left + c, s)));
  };
  const proxy = new (class extends NullableProxy {
    get values() { return this.got<unknown[][]>("values"); }
    set values(values: unknown[][]) {
      ctx.queue(bytes(values), () => {
        const { top, left, rows, columns } = rect();
        const grid = shape(values, rows, columns);
        grid.forEach((row, r) => row.forEach((v, c) => sheet().write(top + r, left + c, v)));
      });
    }
    get valueTypes() { return this.got<string[][]>("valueTypes"); }
    set numberFormat(formats: string[][]) {
      ctx.queue(bytes(formats), () => {
        const { top, left, rows, columns } = rect();
        shape(formats, rows, columns).forEach((row, r) => row.forEach((f, c) => sheet().setFormat(top + r, left + c, String(f))));
      });
    }
    get rowIndex() { return this.got<number>("rowIndex"); }
    get columnIndex() { return this.got<number>("columnIndex"); }
    get rowCount() { return this.got<number>("rowCount"); }
    get columnCount() { return this.got<number>("columnCount"); }
    get address() { return this.got<string>("address"); }
    clear() { ctx.queue(0, () => sheet().clear(rect())); }
    /** Column width in points (whole columns, as Excel sets it) and wrap of every cell of the range. */
    format = {
      set columnWidth(points: number) {
        ctx.queue(0, () => {
          const { left, columns } = rect();
          for (let c = left; c < left + columns; c++) sheet().columnWidths[c] = points;
        });
      },
      set wrapText(wrap: boolean) {
        ctx.queue(0, () => {
          const { top, left, rows, columns } = rect();
          for (let r = top; r < top + rows; r++) {
            for (let c = left; c < left + columns; c++) sheet().put(r, c, { ...(sheet().get(r, c) ?? { value: "" }), wrap });
          }
        });
      },
    };
    select() { ctx.queue(0, () => void (ctx.model.selection = { sheet: sheet().name, address: a1(rect()) })); }
    conditionalFormats = {
      add: (type: string) => {
        const format: { rect?: Rect; type: string; fill?: string; rule?: { formula1: string; operator: string } } = { type };
        ctx.queue(0, () => {
          format.rect = rect();
          sheet().conditionalFormats.push(format as never);
        });
        return { cellValue: { format: { fill: { set color(c: string) { format.fill = c; } } },
          set rule(rule: { formula1: string; operator: string }) { format.rule = rule; } } };
      },
      clearAll: () => ctx.queue(0, () => {
        const s = sheet();
        const keep = s.conditionalFormats.filter((f) => !intersects(f.rect, rect()));
        s.conditionalFormats.splice(0, s.conditionalFormats.length, ...keep);
      }),
    };
  })(ctx, {
    values: cellsOf((r, c, s) => s.get(r, c)?.value ?? ""),
    valueTypes: cellsOf((r, c, s) => {
      const cell = s.get(r, c);
      return !cell || cell.value === "" ? "Empty" : cell.error ? "Error" : typeof cell.value === "number" ? "Double"
        : typeof cell.value === "boolean" ? "Boolean" : "String";
    }),
    rowIndex: () => rect().top, columnIndex: () => rect().left, rowCount: () => rect().rows,
    columnCount: () => rect().columns, address: () => `${sheet().name}!${a1(rect())}`,
  }, exists);
  return Object.assign(proxy, { _rect: rect, _sheet: sheet });
}
type RangeProxy = ReturnType<typeof rangeProxy>;

function sheetProxy(ctx: Context, find: () => SheetModel | undefined) {
  const sheet = () => need(find(), "worksheet");
  const charts = {
    add: (type: string, source: RangeProxy) => chartProxy(ctx, sheet, type, source),
    getItemOrNullObject: (name: string) => {
      const chart = () => sheet().charts.find((c) => c.name === name);
      return Object.assign(new NullableProxy(ctx, { name: () => chart()?.name }, () => chart() !== undefined), {
        delete: () => ctx.queue(0, () => {
          const list = sheet().charts;
          list.splice(list.indexOf(need(chart(), name)), 1);
        }),
      });
    },
  };
  return Object.assign(new (class extends NullableProxy {
    get name() { return this.got<string>("name"); }
    set name(name: string) {
      ctx.queue(0, () => {
        if (ctx.model.sheets.some((s) => s !== sheet() && s.name.toLowerCase() === name.toLowerCase())) {
          throw new Error(`fake: sheet ${name} exists`);
        }
        sheet().name = name;
      });
    }
  })(ctx, { name: () => sheet().name }, () => find() !== undefined), {
    /** Deletes the sheet with its tables and charts; Excel refuses to delete the last sheet. */
    delete: () => ctx.queue(0, () => {
      const s = sheet();
      if (ctx.model.sheets.length === 1) throw new Error("fake: a workbook must keep one sheet");
      ctx.model.sheets.splice(ctx.model.sheets.indexOf(s), 1);
      const keep = ctx.model.tables.filter((t) => t.sheet !== s);
      ctx.model.tables.splice(0, ctx.model.tables.length, ...keep);
    }),
    getRangeByIndexes: (top: number, left: number, rows: number, columns: number) =>
      rangeProxy(ctx, sheet, () => ({ top, left, rows, columns })),
    getRange: (address: string) => rangeProxy(ctx, sheet, () => parseA1(address)),
    getUsedRangeOrNullObject: () => rangeProxy(ctx, sheet, () => need(sheet().usedRect() ?? undefined, "used range"),
      () => sheet().usedRect() !== null),
    activate: () => ctx.queue(0, () => void (ctx.model.activeSheet = sheet().name)),
    freezePanes: { freezeRows: (n: number) => ctx.queue(0, () => void (sheet().frozenRows = n)) },
    pageLayout: pageLayoutProxy(ctx, sheet),
    tables: {
      add: (range: RangeProxy, hasHeaders: boolean) => {
        if (!hasHeaders) throw new Error("fake: tables.add without headers");
        let model: TableModel | undefined;
        ctx.queue(0, () => {
          const r = range._rect();
          if (ctx.model.tables.some((t) => t.sheet === sheet() && intersects(t.rect, r))) {
            throw Object.assign(new Error("fake: a table cannot overlap another table"), { code: "InvalidOperation" });
          }
          model = new TableModel(`Table${ctx.model.tables.length + 1}`, sheet(), r.top, r.left, r.rows - 1, r.columns);
          ctx.model.tables.push(model);
        });
        return tableProxy(ctx, () => model);
      },
    },
    charts,
  });
}

/** `worksheet.pageLayout` (ExcelApi 1.9): what it is set to is recorded on the sheet's {@link PageLayoutModel}. */
function pageLayoutProxy(ctx: Context, sheet: () => SheetModel) {
  const set = (change: (page: NonNullable<SheetModel["pageLayout"]>) => void) =>
    ctx.queue(0, () => change((sheet().pageLayout ??= {})));
  return {
    set orientation(orientation: string) { set((p) => void (p.orientation = orientation)); },
    set zoom(zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
      set((p) => void (p.zoom = { ...zoom }));
    },
    setPrintTitleRows: (rows: string) => {
      if (!/^\$\d+:\$\d+$/.test(rows)) throw new Error(`fake: setPrintTitleRows takes rows such as $1:$1, not ${rows}`);
      set((p) => void (p.printTitleRows = rows));
    },
    setPrintTitleColumns: (columns: string) => {
      if (!/^\$[A-Z]+:\$[A-Z]+$/.test(columns)) throw new Error(`fake: setPrintTitleColumns takes columns such as $A:$B, not ${columns}`);
      set((p) => void (p.printTitleColumns = columns));
    },
    set printOrder(order: string) {
      if (order !== "OverThenDown" && order !== "DownThenOver") throw new Error(`fake: printOrder is OverThenDown or DownThenOver, not ${order}`);
      set((p) => void (p.printOrder = order));
    },
    headersFooters: {
      defaultForAllPages: {
        set leftFooter(text: string) { set((p) => void (p.leftFooter = text)); },
        set rightFooter(text: string) { set((p) => void (p.rightFooter = text)); },
      },
    },
  };
}

function chartProxy(ctx: Context, sheet: () => SheetModel, type: string, source: RangeProxy) {
  const chart: ChartModel = { name: "Chart", type, series: [{ name: "Series1" }] };
  ctx.queue(0, () => {
    chart.series[0].values = source._rect();
    sheet().charts.push(chart);
  });
  const seriesProxy = (index: () => number) => ({
    set name(name: string) { ctx.queue(0, () => void (chart.series[index()].name = name)); },
    setValues: (range: RangeProxy) => ctx.queue(0, () => void (chart.series[index()].values = range._rect())),
    setXAxisValues: (range: RangeProxy) => ctx.queue(0, () => void (chart.series[index()].xAxis = range._rect())),
    format: { fill: { setSolidColor: (colour: string) => ctx.queue(0, () => void (chart.series[index()].fill = colour)) } },
  });
  return {
    set name(name: string) { ctx.queue(0, () => void (chart.name = name)); },
    title: { set text(text: string) { ctx.queue(0, () => void (chart.title = text)); } },
    axes: { valueAxis: { set numberFormat(format: string) { ctx.queue(0, () => void (chart.valueFormat = format)); } } },
    series: {
      getItemAt: (i: number) => seriesProxy(() => i),
      add: (name: string) => {
        let i = -1;
        ctx.queue(0, () => void (i = chart.series.push({ name }) - 1));
        return seriesProxy(() => i);
      },
    },
    setPosition: (start: RangeProxy, end: RangeProxy) => ctx.queue(0, () => void (chart.position = [start._rect(), end._rect()])),
  };
}

function tableProxy(ctx: Context, find: () => TableModel | undefined) {
  const table = () => need(find(), "table");
  const proxy = new (class extends NullableProxy {
    get name() { return this.got<string>("name"); }
    set name(name: string) { ctx.queue(0, () => void (table().name = name)); }
    set style(style: string) { ctx.queue(0, () => void (table().style = style)); }
  })(ctx, { name: () => table().name }, () => find() !== undefined);
  // The worksheet stays the same object after the table is converted or deleted, as in Excel.
  let sheetOfTable: SheetModel | undefined;
  return Object.assign(proxy, {
    worksheet: sheetProxy(ctx, () => (sheetOfTable ??= find()?.sheet)),
    getHeaderRowRange: () => rangeProxy(ctx, () => table().sheet, () => ({ ...table().rect, rows: 1 })),
    getDataBodyRange: () => rangeProxy(ctx, () => table().sheet, () => ({ ...table().rect, top: table().top + 1, rows: table().rows })),
    getRange: () => rangeProxy(ctx, () => table().sheet, () => table().rect),
    convertToRange: () => {
      let rect: Rect | undefined;
      let sheet: SheetModel | undefined;
      ctx.queue(0, () => {
        const t = table();
        rect = t.rect;
        sheet = t.sheet;
        ctx.model.tables.splice(ctx.model.tables.indexOf(t), 1);
      });
      return rangeProxy(ctx, () => need(sheet, "sheet"), () => need(rect, "range"));
    },
    rows: {
      add: (_index: number | undefined, values: unknown[][]) => ctx.queue(bytes(values), () => {
        const t = table();
        shape(values, values.length, t.columns);
        values.forEach((row, r) => row.forEach((v, c) => {
          if (t.sheet.get(t.top + 1 + t.rows + r, t.left + c)) throw new Error("fake: rows.add over a filled cell");
          t.sheet.write(t.top + 1 + t.rows + r, t.left + c, v);
        }));
        t.rows += values.length;
      }),
    },
  });
}

function workbookProxy(ctx: Context) {
  return {
    tables: { getItemOrNullObject: (name: string) => tableProxy(ctx, () => ctx.model.table(name)) },
    worksheets: {
      getItem: (name: string) => sheetProxy(ctx, () => ctx.model.sheet(name)),
      getItemOrNullObject: (name: string) => sheetProxy(ctx, () => ctx.model.sheet(name)),
      add: (name: string) => {
        // The proxy follows the sheet it added, through renames.
        let added: SheetModel | undefined;
        ctx.queue(0, () => {
          if (ctx.model.sheet(name)) throw new Error(`fake: sheet ${name} exists`);
          added = new SheetModel(name);
          ctx.model.sheets.push(added);
        });
        return sheetProxy(ctx, () => (added && ctx.model.sheets.includes(added) ? added : undefined));
      },
    },
  };
}

/** The `Excel` namespace subset over a model: `Excel.run(options?, batch)`. */
export function excelNamespace(model: WorkbookModel) {
  return {
    run: async <T>(optionsOrBatch: unknown, maybeBatch?: (context: unknown) => Promise<T>): Promise<T> => {
      const batch = (maybeBatch ?? optionsOrBatch) as (context: unknown) => Promise<T>;
      model.runOptions.push(maybeBatch ? optionsOrBatch : undefined);
      const context = new Context(model, workbookProxy);
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
}

export { WorkbookModel };
