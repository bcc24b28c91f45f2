/** Builders of finance report documents (the `POST /api/finance-report` JSON answer) for the Finance tests. */
import type { FinanceCover, FinanceInitiative, FinanceOverage, FinanceReportDocument, SheetTable } from "../../src/api/types";

const MONEY = "#,##0.00 \"EUR\"";

/** A column of a finance sheet as the backend lays it out (FinanceTables): header, format, width in characters. */
function column(header: string, numberFormat = "General", width = 14) {
  return { header, numberFormat, width, wrap: header === "Name", fills: [] };
}

/**
 * The three sheets of a finance answer, as the backend sends them (FinanceSheets.ForAddin), cut down to the columns
 * the writer tests look at: the as-of month with its chart, the initiative months over cap, the exceptions.
 */
export function financeSheets(report: Pick<FinanceReportDocument, "initiatives" | "overages" | "exceptions">): SheetTable[] {
  const sheet = (tableName: string, sheetName: string, columns: ReturnType<typeof column>[], rows: (string | number | null)[][],
    charts: SheetTable["layout"]["charts"] = []): SheetTable =>
    ({ layout: { tableName, sheetName, tableStyle: "TableStyleMedium2", columns, charts }, rows });
  return [
    sheet("FinanceAsOfMonth", "AsOfMonth",
      [column("InitiativeId"), column("Name"), column("Status"), column("Spend", MONEY), column("Cap", MONEY), column("CapUsed", "0.0%")],
      report.initiatives.map((i) => [i.initiativeId, i.name, i.status, i.spend, i.cap, i.capUsed]),
      report.initiatives.length === 0 ? [] : [{ name: "FinanceSpend", type: "ColumnClustered", title: "Spend against cap, 2026-11 to 2026-11-20 (EUR)",
        categoryColumn: "InitiativeId", series: [{ name: "Spend", column: "Spend", colour: "2E75B6" }, { name: "Cap", column: "Cap", colour: "7F7F7F" }],
        valueFormat: "#,##0" }]),
    sheet("FinanceInitiativeMonths", "InitiativeMonths",
      [column("InitiativeId"), column("Name"), column("Month", "mmm yyyy"), column("OverCap", MONEY), column("Overage"), column("ApprovedBy")],
      report.overages.map((o) => [o.initiativeId, o.name, 46327, o.overCap, o.cover.label, o.cover.approver])),
    sheet("FinanceExceptions", "Exceptions",
      [column("Exception"), column("InitiativeId"), column("Name"), column("Month", "mmm yyyy"), column("Amount", MONEY), column("Detail")],
      report.exceptions.map((e) => [e.label, e.initiativeId, e.name, 46327, e.amount, e.message])),
  ];
}

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
  const report: FinanceReportDocument = {
    asOf: "2026-11-20", currency: "EUR", periodStart: "2025-12-01",
    log: { isIntact: true, entryCount: 1, verifiedCount: 1, message: "intact" },
    asOfMonth: { spend: 0, cap: 0, overCap: 0, overCapUnapproved: 0 },
    initiatives, months: [{ month: "2026-11-01", spend: 0, caps: 0 }],
    exceptions: [{ kind: "StaffTimeMissing", label: "Staff time missing", initiativeId: "A-1", name: "Initiative A-1",
      month: "2026-11-01", amount: 1500.25, message: "no Staff time row" }],
    overages: [],
    reconciliation: { spendRows: 0, spendTotal: 0, inPeriodRows: 0, inPeriodTotal: 0, retiredRows: 0, retiredTotal: 0,
      beforeRows: 0, beforeTotal: 0, afterRows: 0, afterTotal: 0 },
    sheets: [],
    ...overrides,
  };
  return { ...report, sheets: overrides.sheets ?? financeSheets(report) };
}
