import { ApiError } from "../../api/problems";
import type { DecisionRequest } from "../../api/types";
import { type InitiativeChoice, readInitiativeChoices } from "../../excel/initiatives";
import type { PaneContext } from "../app";
import { action, activity, byId, el, showFailure } from "../ui";

const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id).value.trim();

const option = (text: string, value = "") => Object.assign(el("option", text), { value });

/**
 * Fills the initiative list from the workbook's Initiatives table each time Decide opens (the table may have changed),
 * keeping the chosen initiative when it is still there: "Loading…" while reading, a clear line when the table has no
 * initiative, and the problem box (nothing to choose) when the workbook has no Initiatives table.
 */
async function fillInitiatives(): Promise<void> {
  const list = byId<HTMLSelectElement>("dec-initiative");
  const state = byId("dec-initiatives-state");
  const chosen = list.value;
  list.replaceChildren(option("Loading the initiatives…"));
  list.setAttribute("aria-busy", "true");
  let choices: InitiativeChoice[];
  try {
    choices = await readInitiativeChoices();
  } catch (error) {
    list.replaceChildren(option("No initiative to choose"));
    state.textContent = "The initiatives could not be read from this workbook.";
    throw error;
  } finally {
    list.removeAttribute("aria-busy");
  }
  if (choices.length === 0) {
    list.replaceChildren(option("No initiative to choose"));
    state.textContent = "The Initiatives table has no initiative yet: add one with Classify.";
    return;
  }
  list.replaceChildren(option("Choose an initiative"),
    ...choices.map((c) => option(c.name === "" ? c.id : `${c.id} ${c.name}`, c.id)));
  list.value = choices.some((c) => c.id === chosen) ? chosen : "";
  state.textContent = `${choices.length} initiatives in the workbook.`;
}
const number = (id: string) => (value(id) === "" ? undefined : Number(value(id)));

/**
 * Decide: the decision form (docs/rules.md#decision-rights). Who may approve is shown from `GET /api/decision-rights`
 * before anything is sent; recording waits for that check of the current inputs. A refusal (403) says who could
 * approve instead. The approver is always the signed-in user.
 */
export function wireDecide(pane: PaneContext): void {
  const form = byId<HTMLFormElement>("decide-form");
  const check = byId<HTMLButtonElement>("dec-check");
  const record = byId<HTMLButtonElement>("dec-record");
  const rights = byId("dec-rights");
  const result = byId("dec-result");
  let checked = false;
  // The rights depend on the initiative, the type and the amount: a change to one of them needs a new check.
  for (const id of ["dec-initiative", "dec-type", "dec-amount"]) {
    byId(id).addEventListener("input", () => {
      checked = false;
      record.disabled = true;
      rights.replaceChildren();
    });
  }
  byId("tab-decide").addEventListener("click", () => void fillInitiatives().catch(showFailure));
  check.addEventListener("click", action(check, async () => {
    if (value("dec-initiative") === "") {
      throw new Error("Choose the initiative the decision is about first.");
    }
    activity("Asking who may approve…");
    const answer = await pane.api.decisionRights(await pane.workbookId(), value("dec-initiative"), value("dec-type"),
      number("dec-amount"));
    const text = answer.callerMayApprove
      ? `You (${answer.caller}) may approve this ${answer.type} at ${answer.riskLevel} risk.`
      : `You (${answer.caller}) may not approve this ${answer.type} at ${answer.riskLevel} risk. ` +
        (answer.approvers.length > 0 ? `Who may: ${answer.approvers.join(", ")}.` : "Nobody has the right.");
    rights.replaceChildren(el("p", text, answer.callerMayApprove ? "ok" : "bad"));
    // A refusal's message repeats the line above in other words: it is shown once.
    if (answer.message && answer.callerMayApprove) {
      rights.append(el("p", answer.message));
    }
    checked = true;
    record.disabled = false;
    activity("Checked the decision rights.");
  }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!checked) {
      return;
    }
    void action(record, async () => {
      result.replaceChildren();
      activity("Recording the decision…");
      const request: DecisionRequest = {
        workbookId: await pane.workbookId(), initiativeId: value("dec-initiative"), type: value("dec-type"),
        why: value("dec-why"), what: value("dec-what") || undefined, amount: number("dec-amount"),
        costEffect: number("dec-cost"), riskEffect: value("dec-risk"), riskNote: value("dec-risknote") || undefined,
        requestedBy: value("dec-requested") || undefined,
        // Only an Overage names a month (docs/rules.md#overage): a month left in the field for another type is not sent.
        month: value("dec-type") === "Overage" ? value("dec-month") || undefined : undefined,
      };
      try {
        const entry = await pane.api.decide(request);
        result.replaceChildren(el("p", `Recorded as entry ${entry.sequence}: ${entry.whatChanged}, approved by ` +
          `${entry.approvedBy}${entry.month ? `, covering ${entry.month}` : ""}.`, "ok"));
        activity("Decision recorded.");
      } catch (error) {
        if (error instanceof ApiError && error.status === 403) {
          // The refusal is shown once: the service's answer replaces the earlier check, and names who could approve
          // only when its detail does not already.
          const could = Array.isArray(error.extensions.couldApprove) ? error.extensions.couldApprove.map(String) : [];
          const named = could.length > 0 && could.every((who) => error.detail.includes(who));
          rights.replaceChildren();
          result.replaceChildren(el("p", `Refused, nothing was recorded: ${error.detail}`, "bad"));
          if (!named) {
            result.append(el("p", could.length > 0 ? `Who could approve it: ${could.join(", ")}.` : "Nobody has the right to approve it."));
          }
          activity("");
          return;
        }
        throw error;
      }
    })().then(() => (record.disabled = !checked));
  });
}
