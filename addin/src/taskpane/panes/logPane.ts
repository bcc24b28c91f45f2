import { ApiError } from "../../api/problems";
import type { ChainVerification, DecisionDocument } from "../../api/types";
import type { PaneContext } from "../app";
import { action, activity, byId, el, loading, stateLine, textTable } from "../ui";

/** How many entries the pane reads at a time (the service allows up to its `DecisionLog:PageSize`, 500 by default). */
export const LOG_PAGE = 100;

/**
 * Log: the decision log (`GET /api/decisions`, a page at a time) and its chain check (`GET /api/decisions/verify`),
 * docs/rules.md#decision-log. The check runs first; when the chain is intact its count says where the newest page
 * starts, so the pane opens on the latest decisions, newest first, and "Show older" adds the page before. A broken
 * chain has no count to trust: the pane then lists from the oldest entry, where the break is named, and "Show more"
 * adds the next page. A log of 10,000 entries opens as quickly as one of ten, and the pane never holds more than the
 * reader asked to see. Times are UTC in the log, shown in the user's locale and time zone.
 */
export function wireLog(pane: PaneContext): void {
  const load = byId<HTMLButtonElement>("log-load");
  const more = byId<HTMLButtonElement>("log-more");
  const verify = byId("log-verify");
  const entries = byId("log-entries");
  let workbookId = "";
  let shown: DecisionDocument[] = [];
  // Newest first: the oldest sequence shown, so the page before it is the next to read. Oldest first: the cursor.
  let newestFirst = false;
  let nextAfter: number | null = null;
  let total: number | null = null;
  const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  const olderLeft = () => (shown.length === 0 ? 0 : Math.max(0, Math.min(...shown.map((e) => e.sequence)) - 1));
  const render = () => {
    const left = newestFirst ? olderLeft() : nextAfter === null ? 0 : null;
    more.hidden = left === 0;
    if (shown.length === 0) {
      entries.replaceChildren(stateLine("No decisions logged yet."));
      activity("0 decisions.");
      return;
    }
    entries.replaceChildren(textTable(["#", "When", "Initiative", "Decision", "Approved by", "Why"],
      shown.map((e) => [e.sequence, when(e.timestamp), e.initiativeId, e.decisionType, e.approvedBy, e.why])));
    const of = total ?? (left === 0 ? shown.length : null);
    const label = newestFirst ? "Show older" : "Show more";
    more.textContent = of === null ? label : `${label} (${shown.length.toLocaleString()} of ${of.toLocaleString()} shown)`;
    activity(left === 0 ? `${shown.length.toLocaleString()} decisions.`
      : `${shown.length.toLocaleString()} decisions shown, ${newestFirst ? "newest first" : "oldest first"}; more in the log.`);
  };
  load.addEventListener("click", action(load, async () => {
    activity("Reading the decision log…");
    workbookId = await pane.workbookId();
    verify.replaceChildren();
    more.hidden = true;
    const page = await loading(entries, "Loading the decision log…", async () => {
      const check = await pane.api.verify(workbookId).catch((error: unknown) => error);
      total = null;
      if (check instanceof ApiError && check.status === 409) {
        verify.replaceChildren(el("span", `The chain is broken: ${check.detail}`, "bad"));
      } else if (check instanceof Error) {
        throw check;
      } else {
        const intact = check as ChainVerification;
        total = intact.entryCount;
        verify.replaceChildren(el("span", `The chain is intact: ${intact.entryCount.toLocaleString()} entries verified.`, "ok"));
        if (intact.anchor) {
          verify.append(el("br"), el("span", intact.anchor));
        }
      }
      newestFirst = total !== null;
      return newestFirst
        ? pane.api.decisions(workbookId, Math.max(0, total! - LOG_PAGE), LOG_PAGE)
        : pane.api.decisions(workbookId, undefined, LOG_PAGE);
    });
    shown = newestFirst ? [...page.entries].reverse() : page.entries;
    nextAfter = page.nextAfter;
    render();
  }));
  more.addEventListener("click", action(more, async () => {
    if (newestFirst) {
      const before = olderLeft();
      if (before === 0) {
        return;
      }
      activity("Reading older decisions…");
      const after = Math.max(0, before - LOG_PAGE);
      const page = await pane.api.decisions(workbookId, after, before - after);
      shown = shown.concat([...page.entries].reverse());
    } else {
      if (nextAfter === null) {
        return;
      }
      activity("Reading the next page of the decision log…");
      const page = await pane.api.decisions(workbookId, nextAfter, LOG_PAGE);
      shown = shown.concat(page.entries);
      nextAfter = page.nextAfter;
    }
    render();
  }));
}
