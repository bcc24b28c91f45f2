/** Builders of finance report documents (the `POST /api/finance-report` JSON answer) for the Finance tests. */
import type { FinanceCover, FinanceInitiative, FinanceOverage, FinanceReportDocument } from "../../src/api/types";

export function cover(overrides: Partial<FinanceCover> = {}): FinanceCover {
  return { status: "NotOverCap", label: "Not over cap", approved: false, verified: null, decisionId: null, approver: null,
    amount: null, date: null, note: "", ...overrides };
}

export function financeInitiative(id: string, overrides: Partial<FinanceInitiative> = {}): FinanceInitiative {
  return { initiativeId: id, name: `Initiative ${id}`, status: "Active", spend: 1500.25, cap: 2000, capUsed: 0.750125,
    forecast: 2250.38, overCap: 0, hasStaffTime: true, overage: cover(), ...overrides };
}

export function overage(id: string, approver: string, verified: boolean): FinanceOverage {
  return { initiativeId: id, name: `Initiative ${id}`, month: "2026-11-01", spend: 2500, cap: 2000, overCap: 500,
    cover: cover({ status: verified ? "WithinDecisionRights" : "Unverified", label: verified ? "Within decision rights" : "Unverified",
      approved: verified, verified, decisionId: "d-1", approver, amount: 600, date: "2026-11-18", note: "approved" }) };
}

export function financeReport(initiatives: FinanceInitiative[], overrides: Partial<FinanceReportDocument> = {}): FinanceReportDocument {
  return {
    asOf: "2026-11-20", currency: "EUR", periodStart: "2025-12-01",
    log: { isIntact: true, entryCount: 1, verifiedCount: 1, message: "intact" },
    asOfMonth: { spend: 0, cap: 0, overCap: 0, overCapUnapproved: 0 },
    initiatives, months: [{ month: "2026-11-01", spend: 0, caps: 0 }],
    exceptions: [{ kind: "StaffTimeMissing", label: "Staff time missing", initiativeId: "A-1", name: "Initiative A-1",
      month: "2026-11-01", amount: 1500.25, message: "no Staff time row" }],
    overages: [],
    reconciliation: { spendRows: 0, spendTotal: 0, inPeriodRows: 0, inPeriodTotal: 0, retiredRows: 0, retiredTotal: 0,
      beforeRows: 0, beforeTotal: 0, afterRows: 0, afterTotal: 0 },
    ...overrides,
  };
}
