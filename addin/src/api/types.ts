/**
 * The backend's JSON documents (README "HTTP API", PRODUCT.md section 5). Money is in the workbook currency
 * (`currency`); dates are yyyy-mm-dd in the workbook time zone; timestamps are ISO 8601 UTC.
 */

/** One initiative of `POST /api/review`. */
export interface InitiativeReview {
  id: string;
  name: string;
  owner: string | null;
  stage: string;
  riskLevel: string;
  riskLevelClassified: boolean;
  verdict: string;
  reasons: string[];
  stopConditions: { kind: string; message: string }[];
  controls: Record<"stopAuthority" | "fullCost" | "rollbackReady", { passed: boolean; message: string }>;
  layers: Record<"workflow" | "policy" | "context" | "evaluation" | "economics", string>;
  spend: {
    monthToDate: number;
    cap: number;
    capUsed: number | null;
    forecast: number;
    overCap: boolean;
    overageApproved: boolean;
    overageNote: string | null;
  };
  nextDecision: { type: string; due: string; approvers: string[] };
  flags: string[];
}

/** The review document (`review --format json`). */
export interface ReviewDocument {
  asOf: string;
  currency: string;
  reviewedAt: string;
  initiatives: InitiativeReview[];
  portfolio: { monthToDate: number; cap: number; verdictCounts: Record<string, number>; killOrMergeCandidates: string[] };
}

/** `POST /api/classify` body: a proposed workflow in the Initiatives labels. */
export interface ClassifyRequest {
  dataTouched: string[];
  actions: string[];
  audience?: string;
  humanCheckpoint?: string;
  owner?: string;
  successMetric?: string;
}

/** `POST /api/classify` answer. */
export interface ClassifyDocument {
  level: string;
  decidingInputs: string[];
  rollout: Record<string, unknown>;
  stopConditions: { kind: string; message: string }[];
}

/** `POST /api/decisions` body; the approver is always the signed-in caller. Money in the workbook currency. */
export interface DecisionRequest {
  workbookId: string;
  initiativeId: string;
  type: string;
  why: string;
  what?: string;
  amount?: number;
  costEffect?: number;
  riskEffect?: string;
  riskNote?: string;
  requestedBy?: string;
  /** Overage only: the month it covers, yyyy-mm; the server defaults it to the month it is logged in (workbook time zone). */
  month?: string;
}

/** A decision log entry (PRODUCT.md section 3). */
export interface DecisionDocument {
  sequence: number;
  decisionId: string;
  timestamp: string;
  initiativeId: string;
  decisionType: string;
  whatChanged: string;
  why: string;
  approvedBy: string;
  requestedBy: string | null;
  costEffect: number;
  riskEffect: string;
  riskNote: string | null;
  amount: number | null;
  previousHash: string;
  hash: string;
  /** The month an Overage covers, yyyy-mm; null for other decisions. */
  month?: string | null;
}

/** `GET /api/decisions/verify` answer when the chain is intact. */
export interface ChainVerification {
  isIntact: boolean;
  entryCount: number;
  message: string;
  firstBrokenSequence?: number | null;
  firstBrokenDecisionId?: string | null;
}

/** `GET /api/decision-rights` answer: who may approve a decision of a type on an initiative. */
export interface DecisionRightsDocument {
  workbookId: string;
  initiativeId: string;
  type: string;
  amount: number | null;
  riskLevel: string;
  caller: string;
  callerMayApprove: boolean;
  approvers: string[];
  message: string;
}

/** One weekly status message as it would be sent. */
export interface StatusMessage {
  recipients: string[];
  subject: string;
  html: string;
  text: string;
}

/** `POST /api/workbooks` answer. */
export interface WorkbookRegistration {
  workbookId: string;
  registeredBy: string;
  registeredAt: string;
}

/**
 * The decision covering an excess over the cap (finance report). `verified` is null without a decision, false when
 * only an entry the broken chain cannot vouch for would approve it (then `approved` is false too).
 */
export interface FinanceCover {
  status: "NotOverCap" | "WithinOverageLimit" | "WithinDecisionRights" | "Unverified" | "NotApproved";
  label: string;
  approved: boolean;
  verified: boolean | null;
  decisionId: string | null;
  approver: string | null;
  amount: number | null;
  date: string | null;
  note: string;
}

/** One initiative in the as-of month: spend to the as-of date against its monthly cap. */
export interface FinanceInitiative {
  initiativeId: string;
  name: string;
  status: string;
  spend: number;
  cap: number;
  capUsed: number | null;
  forecast: number | null;
  overCap: number;
  hasStaffTime: boolean;
  overage: FinanceCover;
}

/** One exception of the report: over cap without a verified approval, forecast over cap, Staff time missing. */
export interface FinanceException {
  kind: "OverCapWithoutApproval" | "ForecastOverCap" | "StaffTimeMissing";
  label: string;
  initiativeId: string;
  name: string;
  month: string;
  amount: number;
  message: string;
}

/** One initiative month of the period over its cap, with the decision that covers it or why none does. */
export interface FinanceOverage {
  initiativeId: string;
  name: string;
  month: string;
  spend: number;
  cap: number;
  overCap: number;
  cover: FinanceCover;
}

/**
 * `GET|POST /api/finance-report` with `Accept: application/json` (issue 11): money in `currency`, capUsed a fraction
 * (1 = 100%), dates yyyy-mm-dd in the workbook time zone; months oldest first, the last the as-of month.
 */
export interface FinanceReportDocument {
  asOf: string;
  currency: string;
  periodStart: string;
  log: { isIntact: boolean; entryCount: number; verifiedCount: number; message: string };
  asOfMonth: { spend: number; cap: number; overCap: number; overCapUnapproved: number };
  initiatives: FinanceInitiative[];
  months: { month: string; spend: number; caps: number }[];
  exceptions: FinanceException[];
  overages: FinanceOverage[];
  reconciliation: Record<string, number>;
}
