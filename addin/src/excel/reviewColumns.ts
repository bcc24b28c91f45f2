import type { InitiativeReview, ReviewDocument } from "../api/types";

/** How a Review column is formatted (the CLI writer's formats, PRODUCT.md section 1 "Written by the system"). */
export type ColumnKind = "text" | "verdict" | "rag" | "money" | "percent" | "date" | "datetime";

/** One Review column: header, format, and the value of an initiative. */
export interface ReviewColumn {
  header: string;
  kind: ColumnKind;
  value: (item: InitiativeReview, reviewedAt: number) => string | number | null;
}

/** Number formats of the column kinds; text kinds keep General (their text is prefixed when it could be a formula). */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: "General",
  verdict: "General",
  rag: "General",
  money: "#,##0.00",
  percent: "0%",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
};

/** Verdict fills, as the CLI writes them (WorkbookStyleCatalog). */
export const VERDICT_COLOURS: Record<string, string> = {
  Expand: "#C6EFCE",
  Continue: "#DDEBF7",
  Fix: "#FFEB9C",
  Pause: "#F8CBAD",
  Stop: "#FFC7CE",
  Paused: "#D9D9D9",
  Retired: "#D9D9D9",
};

/** Layer fills (Red / Amber / Green). */
export const RAG_COLOURS: Record<string, string> = { Green: "#C6EFCE", Amber: "#FFEB9C", Red: "#FFC7CE" };

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel date serial of a yyyy-mm-dd day or an ISO timestamp (UTC). */
export function excelSerial(iso: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Date.parse(iso);
  if (Number.isNaN(ms)) {
    throw new Error(`'${iso}' is not a date.`);
  }
  return (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

function nextDecisionText(item: InitiativeReview): string {
  const next = item.nextDecision;
  return next.approvers.length === 0
    ? `${next.type} (no approver has the right)`
    : `${next.type} (${next.approvers.join("; ")})`;
}

/** The Review table's columns, in the order the CLI writes them (SystemTables.ReviewColumns). */
export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  { header: "InitiativeId", kind: "text", value: (i) => i.id },
  { header: "Name", kind: "text", value: (i) => i.name },
  { header: "Owner", kind: "text", value: (i) => i.owner },
  { header: "Stage", kind: "text", value: (i) => i.stage },
  { header: "RiskLevel", kind: "text", value: (i) => i.riskLevel },
  { header: "Verdict", kind: "verdict", value: (i) => i.verdict },
  { header: "Reasons", kind: "text", value: (i) => i.reasons.join("; ") },
  { header: "MonthToDate", kind: "money", value: (i) => i.spend.monthToDate },
  { header: "Cap", kind: "money", value: (i) => i.spend.cap },
  { header: "CapUsed", kind: "percent", value: (i) => i.spend.capUsed },
  { header: "Forecast", kind: "money", value: (i) => i.spend.forecast },
  { header: "OverCap", kind: "text", value: (i) => (i.spend.overCap ? "Yes" : "No") },
  { header: "Flags", kind: "text", value: (i) => i.flags.join("; ") },
  { header: "Workflow", kind: "rag", value: (i) => i.layers.workflow },
  { header: "Policy", kind: "rag", value: (i) => i.layers.policy },
  { header: "Context", kind: "rag", value: (i) => i.layers.context },
  { header: "Evaluation", kind: "rag", value: (i) => i.layers.evaluation },
  { header: "Economics", kind: "rag", value: (i) => i.layers.economics },
  { header: "NextDecision", kind: "text", value: nextDecisionText },
  { header: "DecisionDue", kind: "date", value: (i) => excelSerial(i.nextDecision.due) },
  { header: "ReviewedAt", kind: "datetime", value: (_, reviewedAt) => reviewedAt },
];

/** The rows of the Review table for a review document, before formula-looking text is prefixed. */
export function reviewRows(review: ReviewDocument): (string | number | null)[][] {
  const reviewedAt = excelSerial(review.reviewedAt);
  return review.initiatives.map((item) => REVIEW_COLUMNS.map((column) => column.value(item, reviewedAt)));
}
