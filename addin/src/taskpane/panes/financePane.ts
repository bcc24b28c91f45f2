import type { FinanceInitiative, FinanceReportDocument } from "../../api/types";
import { writeFinance } from "../../excel/financeWriter";
import { readTables } from "../../excel/tableReader";
import type { PaneContext } from "../app";
import { card, cardGroup } from "../cards";
import { action, activity, byId, el, loading, stateLine } from "../ui";

const money = (n: number | null) =>
  n === null ? "" : n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (n: number | null) => (n === null ? "" : `${Math.round(n * 100)}%`);

/**
 * Finance (issue 11, docs/rules.md#finance-report): reads the tables, `POST /api/finance-report` for the JSON report, shows the
 * as-of month's spend against caps as cards, what needs finance's attention first (exceptions, then initiatives over
 * their caps, largest overrun first), then those within their caps closest first, and who approved which overage
 * (unverified ones said so); money in the workbook currency. It inserts every row, with a chart, on request.
 */
export function wireFinance(pane: PaneContext): void {
  const run = byId<HTMLButtonElement>("finance-run");
  const insert = byId<HTMLButtonElement>("finance-insert");
  const result = byId("finance-result");
  let report: FinanceReportDocument | null = null;
  run.addEventListener("click", action(run, async () => {
    insert.disabled = true;
    report = null;
    const answer = await loading(result, "Loading the finance report…", async () => {
      const workbookId = await pane.workbookId();
      const tables = await readTables(undefined, undefined, (p) =>
        activity(`Reading ${p.table} (table ${p.index} of ${p.of}): ${p.rowsRead} of ${p.rowCount} rows`, p.rowsRead, p.rowCount));
      activity("Composing the finance report…");
      return pane.api.financeReport(workbookId, tables, byId<HTMLInputElement>("finance-asof").value);
    });
    result.replaceChildren();
    result.append(...show(answer));
    report = answer;
    insert.disabled = false;
    activity(`Finance as of ${answer.asOf}: ${answer.initiatives.length} initiatives, ${answer.exceptions.length} exceptions.`);
  }));
  insert.addEventListener("click", action(insert, async () => {
    if (!report) {
      return;
    }
    const written = await writeFinance(report, (done, of) => activity(`Inserting the finance tables: ${done} of ${of} rows`, done, of));
    activity(`Inserted ${written.tables.map((t) => `${t.name} (${t.rows} rows)`).join(", ")} and the chart on ${written.sheet}.`);
  }));
}

interface Card { title: string; detail: string; }

/**
 * One group of cards under a heading with its count ({@link cardGroup}): a 320 px pane shows each line whole instead of
 * a table that scrolls sideways, and a portfolio of 2,000 initiatives still fits, the rest counted and left to the
 * inserted tables.
 */
function group(title: string, cards: Card[], empty: string, rest: string): HTMLElement[] {
  const heading = el("h2", `${title} (${cards.length.toLocaleString()})`);
  return cards.length === 0 ? [heading, stateLine(empty)]
    : cardGroup(heading, cards, (c) => card(c.title, c.detail), ` ${rest}`, title);
}

function show(report: FinanceReportDocument): HTMLElement[] {
  const log = report.log;
  const chain = log.isIntact
    ? el("p", `Decision log intact: ${log.verifiedCount} entries verified.`, "ok")
    : el("p", `DECISION LOG BROKEN: ${log.message} Only the first ${log.verifiedCount} of ${log.entryCount} entries are ` +
      "verified; approvals resting on later entries are marked unverified and not counted as approved.", "bad");
  const totals = report.asOfMonth;
  const currency = report.currency;
  const byCapUsed = (a: FinanceInitiative, b: FinanceInitiative) => (b.capUsed ?? -1) - (a.capUsed ?? -1);
  const spendLine = (i: FinanceInitiative) =>
    `${money(i.spend)} of a ${money(i.cap)} cap${i.capUsed === null ? "" : ` (${percent(i.capUsed)})`}`;
  const over = report.initiatives.filter((i) => i.overCap > 0).sort((a, b) => b.overCap - a.overCap);
  const within = report.initiatives.filter((i) => i.overCap <= 0).sort(byCapUsed);
  const approvals = report.overages.filter((o) => o.cover.decisionId !== null);
  const insertTables = "in the tables the button below inserts.";
  return [
    chain,
    el("h2", `Spend against caps, ${report.asOf.slice(0, 7)} to ${report.asOf} (${currency})`),
    el("p", `${money(totals.spend)} of ${money(totals.cap)} ${currency}; over cap ${money(totals.overCap)}, ` +
      `of which ${money(totals.overCapUnapproved)} without a verified approval.`),
    ...group("Exceptions", [...report.exceptions].sort((a, b) => b.amount - a.amount).map((e) => ({
      title: `${e.label}: ${e.initiativeId} ${e.name}`,
      detail: e.message,
    })), "No exceptions this period.", insertTables),
    ...group("Over cap", over.map((i) => ({
      title: `${i.initiativeId} ${i.name}`,
      detail: `${spendLine(i)}, ${money(i.overCap)} over: ${i.overage.label}`,
    })), "No initiative is over its cap.", insertTables),
    ...group("Within cap, closest first", within.map((i) => ({ title: `${i.initiativeId} ${i.name}`, detail: spendLine(i) })),
      report.initiatives.length === 0 ? "No initiative in the workbook yet." : "Every initiative is over its cap.", insertTables),
    ...group("Who approved what", approvals.map((o) => ({
      title: `${o.initiativeId} ${o.month.slice(0, 7)}: ${money(o.overCap)} over cap`,
      detail: `${money(o.cover.amount)} approved by ${o.cover.approver ?? "nobody"}` +
        `${o.cover.verified ? "" : " (not verified: the chain is broken)"}; ${o.cover.label}`,
    })), "No overage decision in the period.", insertTables),
  ];
}
