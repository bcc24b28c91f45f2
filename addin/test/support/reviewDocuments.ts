/** Builders of review documents (the `POST /api/review` answer) for the Review table tests. */
import type { InitiativeReview, ReviewDocument } from "../../src/api/types";

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

export function reviewDocument(initiatives: InitiativeReview[]): ReviewDocument {
  return {
    asOf: "2026-11-20", currency: "USD", reviewedAt: "2026-11-20T12:00:00Z", initiatives,
    portfolio: { monthToDate: 0, cap: 0, verdictCounts: {}, killOrMergeCandidates: [], agentsOutsidePortfolio: [], decisionsDue: [] },
  };
}
