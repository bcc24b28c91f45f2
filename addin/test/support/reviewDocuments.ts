/** Builders of review documents (the `POST /api/review` answer) for the Review table tests. */
import { readFileSync } from "node:fs";
import type { InitiativeReview, ReviewDocument, SheetTable } from "../../src/api/types";
import type { SheetFixture } from "./sheetFixture";

/** The review answer of the sample as of 2026-11-20, as the backend sends it (written by ReviewSheetFixtureTests). */
export function sampleReviewAnswer(): ReviewDocument {
  return JSON.parse(readFileSync(new URL("../fixtures/review-response.json", import.meta.url), "utf8")) as ReviewDocument;
}

/** The Review sheet `review --write` writes for that answer, read back from the .xlsx (ReviewSheetFixtureTests). */
export function sampleReviewSheet(): SheetFixture {
  return JSON.parse(readFileSync(new URL("../fixtures/review-sheet.json", import.meta.url), "utf8")) as SheetFixture;
}

export function initiativeReview(id: string, overrides: Partial<InitiativeReview> = {}): InitiativeReview {
  return {
    id, name: `Initiative ${id}`, owner: "owner@example.org", stage: "Pilot", riskLevel: "Medium",
    riskLevelClassified: false, verdict: "Continue", reasons: ["on target"], stopConditions: [],
    controls: { stopAuthority: { passed: true, message: "" }, fullCost: { passed: true, message: "" },
      rollbackReady: { passed: true, message: "" } },
    layers: { workflow: "Green", policy: "Green", context: "Amber", evaluation: "Green", economics: "Red" },
    spend: { monthToDate: 1234.5, cap: 2000, capUsed: 0.61725, forecast: 1900, overCap: false, overageApproved: false,
      overageNote: null },
    nextDecision: { type: "Continue", due: "2026-11-27", approvers: ["cto@example.org"], waitingBecause: null, atStake: 0 },
    flags: [],
    ...overrides,
  };
}

// The test's own stand-in for the backend's rows (SystemTables.ReviewRow): only what the writer tests look at.
function row(item: InitiativeReview): Record<string, string | number | null> {
  return {
    InitiativeId: item.id, Name: item.name, Owner: item.owner, Stage: item.stage, RiskLevel: item.riskLevel,
    Verdict: item.verdict, Reasons: item.reasons.join("; "), MonthToDate: item.spend.monthToDate, Cap: item.spend.cap,
    CapUsed: item.spend.capUsed, Forecast: item.spend.forecast, OverCap: item.spend.overCap ? "Yes" : "No",
    Flags: item.flags.join("; "), Workflow: item.layers.workflow, Policy: item.layers.policy, Context: item.layers.context,
    Evaluation: item.layers.evaluation, Economics: item.layers.economics, NextDecision: item.nextDecision.type,
    DecisionDue: 46353, ReviewedAt: 46346.5,
  };
}

/** The Review sheet of an answer: the sample answer's layout (charts only with rows, as the backend sends it). */
export function reviewSheet(initiatives: InitiativeReview[]): SheetTable {
  const layout = sampleReviewAnswer().sheet!.layout;
  return {
    layout: { ...layout, charts: initiatives.length > 0 ? layout.charts : [] },
    rows: initiatives.map((item) => layout.columns.map((c) => row(item)[c.header] ?? null)),
  };
}

export function reviewDocument(initiatives: InitiativeReview[]): ReviewDocument {
  return {
    asOf: "2026-11-20", currency: "USD", reviewedAt: "2026-11-20T12:00:00Z", initiatives,
    portfolio: { monthToDate: 0, cap: 0, verdictCounts: {}, killOrMergeCandidates: [], agentsOutsidePortfolio: [], decisionsDue: [] },
    sheet: reviewSheet(initiatives),
  };
}
