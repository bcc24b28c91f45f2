import { ApiError } from "../../api/problems";
import type { ChainVerification } from "../../api/types";
import type { PaneContext } from "../app";
import { action, activity, byId, el, loading, stateLine, textTable } from "../ui";

/** Log: the decision log (`GET /api/decisions`) and its chain check (`GET /api/decisions/verify`), docs/rules.md#decision-log. */
export function wireLog(pane: PaneContext): void {
  const load = byId<HTMLButtonElement>("log-load");
  const verify = byId("log-verify");
  const entries = byId("log-entries");
  load.addEventListener("click", action(load, async () => {
    activity("Reading the decision log…");
    const workbookId = await pane.workbookId();
    verify.replaceChildren();
    const [list, check] = await loading(entries, "Loading the decision log…", () => Promise.all([
      pane.api.decisions(workbookId),
      pane.api.verify(workbookId).catch((error: unknown) => error),
    ]));
    if (check instanceof ApiError && check.status === 409) {
      verify.replaceChildren(el("span", `The chain is broken: ${check.detail}`, "bad"));
    } else if (check instanceof Error) {
      throw check;
    } else {
      const intact = check as ChainVerification;
      verify.replaceChildren(el("span", `The chain is intact: ${intact.entryCount} entries verified.`, "ok"));
    }
    // Timestamps are UTC in the log; shown in the user's locale and time zone, to the minute.
    const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
    if (list.length === 0) {
      entries.replaceChildren(stateLine("No decisions logged yet."));
      activity("0 decisions.");
      return;
    }
    entries.replaceChildren(textTable(["#", "When", "Initiative", "Decision", "Approved by", "Why"],
      list.map((e) => [e.sequence, when(e.timestamp), e.initiativeId, e.decisionType,
        e.approvedBy, e.why])));
    activity(`${list.length} decisions.`);
  }));
}
