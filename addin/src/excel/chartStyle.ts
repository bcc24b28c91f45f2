/**
 * The series colours and value format of the add-in's native spend-against-cap charts (issue 25: charts that do not
 * rely on an application's default palette). The same colours as the finance report's chart of the as-of month
 * (`ReportColours` in the .NET report writer): spend in blue, the cap in grey.
 */
export const SERIES_COLOURS = { spend: "#2E75B6", cap: "#7F7F7F" } as const;

/** The value axis format: whole amounts in the workbook currency, with thousands separators. */
export const VALUE_FORMAT = "#,##0";

/** Sets each series' fill and the value axis format of a spend-against-cap chart. */
export function styleSpendAgainstCap(chart: Excel.Chart, spend: Excel.ChartSeries, cap: Excel.ChartSeries): void {
  spend.format.fill.setSolidColor(SERIES_COLOURS.spend);
  cap.format.fill.setSolidColor(SERIES_COLOURS.cap);
  chart.axes.valueAxis.numberFormat = VALUE_FORMAT;
}
