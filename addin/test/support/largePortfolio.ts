/**
 * The large portfolio of docs/rules.md#performance as a seed for the Excel fake: 2,000 initiatives, 10,000 metrics with
 * 26 weekly periods each (260,000 observations) and 100,000 spend rows, with values shaped like the sample's.
 */
import type { Scalar, WorkbookSeed } from "../fakes/fakeModel";

export const LARGE = { initiatives: 2_000, metrics: 10_000, periods: 26, spend: 100_000 };

export function largePortfolioSeed(): WorkbookSeed {
  const id = (i: number) => `AGY-${String(i).padStart(5, "0")}`;
  const initiatives: Scalar[][] = Array.from({ length: LARGE.initiatives }, (_, i) => [
    id(i), `Initiative ${i} for the benefits processing workflow`, "Casework", "Operations", "Service efficiency",
    `owner${i % 97}@example.org`, "cto@example.org", "Pilot", "Active", "Internal; Customer personal", "Summarize; Draft",
    "Internal", "Spot-check", "Monitored", "", 10_000 + i, "finance@example.org", 500, "Handle time",
    "Switch the assistant off", "Manual process", "ops@example.org", 46200, 46100, 46350, 46360]);
  const metrics: Scalar[][] = Array.from({ length: LARGE.metrics }, (_, m) => [
    id(m % LARGE.initiatives), `Metric ${m}`, "Quality", "%", "Higher is better", 40, 80, 30]);
  const observations: Scalar[][] = [];
  for (let m = 0; m < LARGE.metrics; m++) {
    for (let p = 0; p < LARGE.periods; p++) {
      observations.push([id(m % LARGE.initiatives), `Metric ${m}`, 46000 + p * 7, 40 + ((m + p) % 50) + 0.25, "Weekly report"]);
    }
  }
  const spend: Scalar[][] = Array.from({ length: LARGE.spend }, (_, s) => [
    id(s % LARGE.initiatives), 46300 + (s % 60), "Model usage", "Contoso AI", 123.45 + (s % 1000), "", "", "Tokens"]);
  const table = (name: string, headers: string[], rows: Scalar[][]) => ({ name, top: 0, left: 0, headers, rows });
  return {
    documentUrl: "https://contoso.sharepoint.com/sites/ai/Shared%20Documents/large.xlsx",
    sheets: [
      { name: "Settings", tables: [table("Settings", ["Key", "Value"], [["Currency", "USD"], ["TimeZone", "America/New_York"]])] },
      { name: "Initiatives", tables: [table("Initiatives", ["InitiativeId", "Name", "Workflow", "Department", "Objective",
        "Owner", "StopAuthority", "Stage", "Status", "DataTouched", "Actions", "Audience", "HumanCheckpoint",
        "FailureVisibility", "RiskLevel", "MonthlyBudgetCap", "OverageApprover", "OverageLimit", "SuccessMetric",
        "RollbackPlan", "FallbackProcess", "FallbackOwner", "LastRollbackDrill", "LaunchDate", "NextReviewDate",
        "DecisionDueDate"], initiatives)] },
      { name: "Metrics", tables: [table("Metrics", ["InitiativeId", "Metric", "Kind", "Unit", "Direction", "Baseline",
        "SuccessAt", "StopAt"], metrics)] },
      { name: "Observations", tables: [table("Observations", ["InitiativeId", "Metric", "PeriodEnd", "Value", "Source"], observations)] },
      { name: "Spend", tables: [table("Spend", ["InitiativeId", "Date", "Category", "Vendor", "Amount", "Hours",
        "HourlyRate", "Note"], spend)] },
      { name: "DecisionRights", tables: [table("DecisionRights", ["DecisionType", "Approver", "Scope", "MaxAmount",
        "MaxRiskLevel"], [["Expand", "cto@example.org", "*", "", "High"]])] },
      { name: "Agents", tables: [table("Agents", ["AgentId", "InitiativeId", "Name"], [["AG-1", id(0), "Agent"]])] },
    ],
  };
}
