import { readTables } from "../../excel/tableReader";
import { writeReview } from "../../excel/reviewWriter";
import type { PaneContext } from "../app";
import { action, activity, byId, el, textTable } from "../ui";
import { needsAction } from "./needsAction";

/** Review: read the tables, `POST /api/review`, write the Review table and chart (docs/rules.md#excel-add-in). */
export function wireReview(pane: PaneContext): void {
  const run = byId<HTMLButtonElement>("review-run");
  const result = byId("review-result");
  run.addEventListener("click", action(run, async () => {
    result.replaceChildren();
    const workbookId = await pane.workbookId();
    const tables = await readTables(undefined, undefined, (p) =>
      activity(`Reading ${p.table} (table ${p.index} of ${p.of}): ${p.rowsRead} of ${p.rowCount} rows`, p.rowsRead, p.rowCount));
    activity(`Reviewing ${tables.reduce((n, t) => n + t.rows.length, 0)} rows…`);
    const review = await pane.api.review(workbookId, tables, byId<HTMLInputElement>("review-asof").value);
    const written = await writeReview(review, (done, of) => activity(`Writing the Review table: ${done} of ${of} rows`, done, of));
    activity(`Reviewed as of ${review.asOf}: ${written.rows} initiatives written to ${written.address}.`);
    const counts = Object.entries(review.portfolio.verdictCounts).map(([verdict, n]) => [verdict, n]);
    result.append(
      el("h2", "Needs action"),
      needsAction(review, written),
      el("h2", "Verdicts"),
      textTable(["Verdict", "Initiatives"], counts),
      el("p", `Month to date ${review.portfolio.monthToDate.toLocaleString()} of a cap of ` +
        `${review.portfolio.cap.toLocaleString()} ${review.currency}.`),
    );
  }));
}
