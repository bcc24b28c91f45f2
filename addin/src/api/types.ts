/**
 * The backend's JSON documents (README "HTTP API"), named as the add-in uses them. Every type is an alias of a schema
 * of `openapi.ts`, which openapi-typescript generates (`npm run generate:api`) from `openapi.json`, the OpenAPI 3.1
 * document the backend generates from its own request and response types (ADR 0019); tests fail when either copy
 * drifts. Money is in the workbook currency (`currency`); dates are yyyy-mm-dd in the workbook time zone; timestamps
 * are ISO 8601 UTC.
 */
import type { components, operations } from "./openapi";

type Schemas = components["schemas"];

/** One initiative of `POST /api/review`. */
export type InitiativeReview = Schemas["InitiativeDocument"];

/**
 * The review document (`review --format json`). The `POST /api/review` answer adds `sheet`: the Review table as the
 * backend lays it out and fills it (ADR 0031), which the pane writes as it arrives.
 */
export type ReviewDocument = Schemas["ReviewDocument"];

/**
 * A system table to write: its layout (sheet, columns with header, number format, width in characters, wrap and value
 * fills, table style, charts) and its rows as text, numbers (money, date serials, fractions) and nulls (ADR 0031).
 */
export type SheetTable = Schemas["SheetTable"];
/** How a system sheet prints, as its layout says (ADR 0031; docs/rules.md#written-workbooks). */
export type SheetPrint = Schemas["SheetPrint"];

/** `POST /api/classify` body: a proposed workflow in the Initiatives labels. */
export type ClassifyRequest = Schemas["ClassifyRequest"];

/** `POST /api/classify` answer. */
export type ClassifyDocument = Schemas["ClassifyDocument"];

/** `POST /api/decisions` body; the approver is always the signed-in caller. Money in the workbook currency. */
export type DecisionRequest = Schemas["DecisionRequest"];

/** A decision log entry. */
export type DecisionDocument = Schemas["DecisionDocument"];

/**
 * `GET /api/decisions` answer: one page of the log in chain order, and `nextAfter`, the sequence to pass as `after` for
 * the next page (null on the last page).
 */
export type DecisionPage = Schemas["DecisionPageDocument"];

/** `GET /api/decisions/verify` answer when the chain is intact. */
export type ChainVerification = Schemas["ChainVerification"];

/** `GET /api/decision-rights` answer: who may approve a decision of a type on an initiative. */
export type DecisionRightsDocument = Schemas["DecisionRightsDocument"];

/** One weekly status message as it would be sent. */
export type StatusMessage = Schemas["StatusMessageDocument"];

/** `POST /api/workbooks` answer. */
export type WorkbookRegistration = Schemas["WorkbookRegistrationDocument"];

/**
 * The decision covering an excess over the cap (finance report). `verified` is null without a decision, false when
 * only an entry the broken chain cannot vouch for would approve it (then `approved` is false too).
 */
export type FinanceCover = Schemas["FinanceCoverDocument"];

/** One initiative in the as-of month: spend to the as-of date against its monthly cap. */
export type FinanceInitiative = Schemas["FinanceInitiativeDocument"];

/** One exception of the report: over cap without a verified approval, forecast over cap, Staff time missing. */
export type FinanceException = Schemas["FinanceExceptionDocument"];

/** One initiative month of the period over its cap, with the decision that covers it or why none does. */
export type FinanceOverage = Schemas["FinanceOverageDocument"];

/**
 * `GET|POST /api/finance-report` with `Accept: application/json`: money in `currency`, capUsed a fraction (1 = 100%),
 * dates yyyy-mm-dd in the workbook time zone; months oldest first, the last the as-of month.
 */
export type FinanceReportDocument = Schemas["FinanceReportDocument"];

/**
 * `POST /api/spend-imports` answer (docs/rules.md#cost-import): Spend rows added, earlier rows of the same sources
 * replaced, rows left (typed rows among them), `unchanged` when the stored workbook already held this import (nothing
 * saved); money in `currency`, the workbook currency.
 */
export type SpendImportDocument = Schemas["SpendImportDocument"];

/** Cost no CostAllocation rule matched, by tag value, sub-account and service, each breakdown summing to `total`. */
export type UnallocatedSummary = Schemas["UnallocatedSummary"];

/** One line of an unallocated breakdown: a label ("(none)" when charges carry none), its charges and their cost. */
export type UnallocatedLine = Schemas["UnallocatedLine"];

/** Which FOCUS cost column becomes Spend Amount. */
export type SpendCostBasis = NonNullable<NonNullable<operations["SpendImports"]["parameters"]["query"]>["cost"]>;

/**
 * `POST /api/agents/sync` answer (docs/rules.md#agent-sync): agent identities added, rows changed, flagged and
 * unchanged; `written` false when the stored workbook needed no change.
 */
export type AgentSyncDocument = Schemas["AgentSyncDocument"];
