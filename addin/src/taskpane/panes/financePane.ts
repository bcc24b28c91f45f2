import type { FinanceReportDocument } from "../../api/types";
import { writeFinance } from "../../excel/financeWriter";
import { readTables } from "../../excel/tableReader";
import type { PaneContext } from "../app";
import { action, activity, byId, el, loading, stateLine, textTable } from "../ui";

const money = (n: number | null) =>
  n === null ? "" : n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (n: number | null) => (n === null ? "" : `${Math.round(n * 100)}%`);

/**
 * Finance (issue 11, docs/rules.md#finance-report): reads the tables, `POST /api/finance-report` for the JSON report, shows the
 * as-of month's spend against caps, the exceptions and who approved which overage (unverified ones said so), and
 * inserts the same tables and a chart into the workbook on request.
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

function show(report: FinanceReportDocument): HTMLElement[] {
  const log = report.log;
  const chain = log.isIntact
    ? el("p", `Decision log intact: ${log.verifiedCount} entries verified.`, "ok")
    : el("p", `DECISION LOG BROKEN: ${log.message} Only the first ${log.verifiedCount} of ${log.entryCount} entries are ` +
      "verified; approvals resting on later entries are marked unverified and not counted as approved.", "bad");
  const totals = report.asOfMonth;
  const approvals = report.overages.filter((o) => o.cover.decisionId !== null);
  return [
    chain,
    el("h2", `Spend against caps, ${report.asOf.slice(0, 7)} to ${report.asOf} (${report.currency})`),
    el("p", `${money(totals.spend)} of ${money(totals.cap)} ${report.currency}; over cap ${money(totals.overCap)}, ` +
      `of which ${money(totals.overCapUnapproved)} without a verified approval.`),
    report.initiatives.length === 0 ? stateLine("No initiative in the workbook yet.")
      : textTable(["Initiative", "Spend", "Cap", "Cap used", "Overage"], report.initiatives.map((i) =>
        [`${i.initiativeId} ${i.name}`, money(i.spend), money(i.cap), percent(i.capUsed), i.overCap > 0 ? i.overage.label : ""])),
    el("h2", `Exceptions (${report.exceptions.length})`),
    report.exceptions.length === 0 ? stateLine("No exceptions this period.")
      : textTable(["Exception", "Initiative", "Month", "Amount"], report.exceptions.map((e) =>
        [e.label, e.initiativeId, e.month.slice(0, 7), money(e.amount)])),
    el("h2", "Who approved what"),
    approvals.length === 0 ? el("p", "No overage decision in the period.")
      : textTable(["Initiative", "Month", "Over cap", "Approved by", "Amount", "Verified", "Basis"], approvals.map((o) =>
        [o.initiativeId, o.month.slice(0, 7), money(o.overCap), o.cover.approver ?? "", money(o.cover.amount),
          o.cover.verified ? "Yes" : "No: the chain is broken", o.cover.label])),
  ];
}
