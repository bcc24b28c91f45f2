import { ApiError } from "../../api/problems";
import type { ChainVerification, DecisionDocument } from "../../api/types";
import type { PaneContext } from "../app";
import { action, activity, byId, el, loading, stateLine, textTable } from "../ui";

/**
 * Log: the decision log (`GET /api/decisions`, one page at a time, oldest first) and its chain check
 * (`GET /api/decisions/verify`), docs/rules.md#decision-log. The first page (the service's page size, 500 by default)
 * comes with the check; "Show more" appends the next page, so a log of 10,000 entries opens as quickly as one of ten
 * and the pane never holds more than the reader asked to see.
 */
export function wireLog(pane: PaneContext): void {
  const load = byId<HTMLButtonElement>("log-load");
  const more = byId<HTMLButtonElement>("log-more");
  const verify = byId("log-verify");
  const entries = byId("log-entries");
  let workbookId = "";
  let shown: DecisionDocument[] = [];
  let nextAfter: number | null = null;
  let total: number | null = null;
  // Timestamps are UTC in the log; shown in the user's locale and time zone, to the minute.
  const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  const render = () => {
    more.hidden = nextAfter === null;
    if (shown.length === 0) {
      entries.replaceChildren(stateLine("No decisions logged yet."));
      activity("0 decisions.");
      return;
    }
    entries.replaceChildren(textTable(["#", "When", "Initiative", "Decision", "Approved by", "Why"],
      shown.map((e) => [e.sequence, when(e.timestamp), e.initiativeId, e.decisionType, e.approvedBy, e.why])));
    const of = total ?? (nextAfter === null ? shown.length : null);
    more.textContent = of === null ? "Show more" : `Show more (${shown.length} of ${of} shown)`;
    activity(nextAfter === null ? `${shown.length} decisions.` : `${shown.length} decisions shown; more in the log.`);
  };
  load.addEventListener("click", action(load, async () => {
    activity("Reading the decision log…");
    workbookId = await pane.workbookId();
    verify.replaceChildren();
    more.hidden = true;
    const [page, check] = await loading(entries, "Loading the decision log…", () => Promise.all([
      pane.api.decisions(workbookId),
      pane.api.verify(workbookId).catch((error: unknown) => error),
    ]));
    total = null;
    if (check instanceof ApiError && check.status === 409) {
      verify.replaceChildren(el("span", `The chain is broken: ${check.detail}`, "bad"));
    } else if (check instanceof Error) {
      throw check;
    } else {
      const intact = check as ChainVerification;
      total = intact.entryCount;
      verify.replaceChildren(el("span", `The chain is intact: ${intact.entryCount} entries verified.`, "ok"));
      if (intact.anchor) {
        verify.append(el("br"), el("span", intact.anchor));
      }
    }
    shown = page.entries;
    nextAfter = page.nextAfter;
    render();
  }));
  more.addEventListener("click", action(more, async () => {
    if (nextAfter === null) {
      return;
    }
    activity("Reading the next page of the decision log…");
    const page = await pane.api.decisions(workbookId, nextAfter);
    shown = shown.concat(page.entries);
    nextAfter = page.nextAfter;
    render();
  }));
}
