import type { FinanceCover, FinanceException, FinanceInitiative, FinanceOverage, FinanceReportDocument } from "../api/types";

/** Number formats of the column kinds; text keeps General (its text is prefixed when it could be a formula). */
const NUMBER_FORMATS: Record<FinanceColumnKind, string> = {
  text: "General",
  money: "#,##0.00",
  percent: "0%",
  date: "yyyy-mm-dd",
};

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel date serial of a yyyy-mm-dd day (UTC). */
function excelSerial(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) {
    throw new Error(`'${iso}' is not a date.`);
  }
  return (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/** How a finance column is formatted: money in the report's currency, dates as yyyy-mm-dd, fractions as percent. */
export type FinanceColumnKind = "text" | "money" | "percent" | "date";

/** One column of a finance table: header, format, and the value of a row. */
export interface FinanceColumn<T> {
  header: string;
  kind: FinanceColumnKind;
  value: (row: T) => string | number | null;
}

/** One finance table the pane inserts: its Excel table name, columns and rows (issue 11, the report's own tables). */
export interface FinanceTableSpec {
  name: string;
  headers: string[];
  formats: string[];
  rows: (string | number | null)[][];
}

/** The as-of month's table: spend to the as-of date against each cap, with the overage's cover. */
export const AS_OF_MONTH_TABLE = "FinanceAsOfMonth";
/** The exceptions' table. */
export const EXCEPTIONS_TABLE = "FinanceExceptions";
/** Every over-cap month of the period and who approved it. */
export const OVERAGES_TABLE = "FinanceOverages";

const serial = (day: string | null) => (day ? excelSerial(day) : null);
const verified = (cover: FinanceCover) => (cover.verified === null ? "" : cover.verified ? "Yes" : "No");

export const AS_OF_MONTH_COLUMNS: readonly FinanceColumn<FinanceInitiative>[] = [
  { header: "InitiativeId", kind: "text", value: (i) => i.initiativeId },
  { header: "Name", kind: "text", value: (i) => i.name },
  { header: "Status", kind: "text", value: (i) => i.status },
  { header: "Spend", kind: "money", value: (i) => i.spend },
  { header: "Cap", kind: "money", value: (i) => i.cap },
  { header: "CapUsed", kind: "percent", value: (i) => i.capUsed },
  { header: "Forecast", kind: "money", value: (i) => i.forecast },
  { header: "OverCap", kind: "money", value: (i) => i.overCap },
  { header: "Overage", kind: "text", value: (i) => i.overage.label },
  { header: "ApprovedBy", kind: "text", value: (i) => i.overage.approver },
  { header: "Verified", kind: "text", value: (i) => verified(i.overage) },
  { header: "DecisionId", kind: "text", value: (i) => i.overage.decisionId },
];

export const EXCEPTION_COLUMNS: readonly FinanceColumn<FinanceException>[] = [
  { header: "Exception", kind: "text", value: (e) => e.label },
  { header: "InitiativeId", kind: "text", value: (e) => e.initiativeId },
  { header: "Name", kind: "text", value: (e) => e.name },
  { header: "Month", kind: "date", value: (e) => serial(e.month) },
  { header: "Amount", kind: "money", value: (e) => e.amount },
  { header: "Message", kind: "text", value: (e) => e.message },
];

export const OVERAGE_COLUMNS: readonly FinanceColumn<FinanceOverage>[] = [
  { header: "InitiativeId", kind: "text", value: (o) => o.initiativeId },
  { header: "Name", kind: "text", value: (o) => o.name },
  { header: "Month", kind: "date", value: (o) => serial(o.month) },
  { header: "Spend", kind: "money", value: (o) => o.spend },
  { header: "Cap", kind: "money", value: (o) => o.cap },
  { header: "OverCap", kind: "money", value: (o) => o.overCap },
  { header: "Overage", kind: "text", value: (o) => o.cover.label },
  { header: "ApprovedBy", kind: "text", value: (o) => o.cover.approver },
  { header: "ApprovedAmount", kind: "money", value: (o) => o.cover.amount },
  { header: "DecisionDate", kind: "date", value: (o) => serial(o.cover.date) },
  { header: "Verified", kind: "text", value: (o) => verified(o.cover) },
  { header: "DecisionId", kind: "text", value: (o) => o.cover.decisionId },
  { header: "Note", kind: "text", value: (o) => o.cover.note },
];

/** The money format in the report's currency, as the report workbook writes it (`#,##0.00 "EUR"`). */
export function moneyFormat(currency: string): string {
  // Only an ISO 4217 code goes into the format string; anything else could break out of the quotes.
  return /^[A-Z]{3}$/.test(currency) ? `#,##0.00 "${currency}"` : NUMBER_FORMATS.money;
}

function spec<T>(name: string, columns: readonly FinanceColumn<T>[], items: T[], currency: string): FinanceTableSpec {
  const format = (kind: FinanceColumnKind) => (kind === "money" ? moneyFormat(currency) : NUMBER_FORMATS[kind]);
  return {
    name,
    headers: columns.map((c) => c.header),
    formats: columns.map((c) => format(c.kind)),
    rows: items.map((item) => columns.map((c) => c.value(item))),
  };
}

/** The three tables of a finance report, left to right as the pane inserts them. */
export function financeTables(report: FinanceReportDocument): FinanceTableSpec[] {
  return [
    spec(AS_OF_MONTH_TABLE, AS_OF_MONTH_COLUMNS, report.initiatives, report.currency),
    spec(EXCEPTIONS_TABLE, EXCEPTION_COLUMNS, report.exceptions, report.currency),
    spec(OVERAGES_TABLE, OVERAGE_COLUMNS, report.overages, report.currency),
  ];
}
